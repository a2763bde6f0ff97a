using Cairn.Server.Protocol;

namespace Cairn.Server.Activities;

/// <summary>DeleteActivity: removes the activity and its tags; deleting one that does not exist succeeds.</summary>
internal sealed class DeleteActivity(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DeleteActivity";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("activityArn", 1, 256);
        Arns.RequireActivity(arn);
        backend.Activities.DeleteActivity(arn);
        return Task.FromResult(ApiResponse.Empty);
    }
}
