using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Activities;

/// <summary>DescribeActivity: the activity's ARN, name, creation date and encryption (AWS-owned key).</summary>
internal sealed class DescribeActivity(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeActivity";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var activity = ActivityErrors.RequireActivity(backend, request.RequiredString("activityArn", 1, 256));
        return Task.FromResult<ApiResponse>(new JsonObject
        {
            ["activityArn"] = activity.Arn,
            ["name"] = activity.Name,
            ["creationDate"] = MachineDescriptions.Timestamp(activity.CreationDate),
            ["encryptionConfiguration"] = new JsonObject { ["type"] = "AWS_OWNED_KEY" },
        });
    }
}
