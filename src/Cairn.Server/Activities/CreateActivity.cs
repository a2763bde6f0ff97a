using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;
using Cairn.Server.Tags;

namespace Cairn.Server.Activities;

/// <summary>CreateActivity: idempotent, creating the same name again answers with the existing activity.</summary>
internal sealed class CreateActivity(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "CreateActivity";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var name = ResourceNames.Require(request, "name");
        EncryptionConfigurations.Check(request);
        var arn = Engine.Arns.StatesArn.Activity(request.Caller.Region, request.Caller.AccountId, name).Value;
        var tags = TagList.Read(request, arn, required: false);
        var activity = new ActivityRecord(arn, name, backend.Time.GetUtcNow());
        if (!backend.Activities.TryCreateActivity(activity, tags))
        {
            activity = backend.Activities.GetActivity(arn) ?? activity;
        }

        return Task.FromResult<ApiResponse>(new JsonObject
        {
            ["activityArn"] = activity.Arn,
            ["creationDate"] = MachineDescriptions.Timestamp(activity.CreationDate),
        });
    }
}
