using Cairn.Server.Protocol;

namespace Cairn.Server.Callbacks;

/// <summary>SendTaskHeartbeat: restarts the HeartbeatSeconds clock of the task a token names; records no event.</summary>
internal sealed class SendTaskHeartbeat(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "SendTaskHeartbeat";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var token = request.RequiredString("taskToken", 1, TaskTokenErrors.MaxTokenLength);
        TaskTokenErrors.ThrowUnlessAccepted(await backend.Host.SendTaskHeartbeatAsync(token).ConfigureAwait(false));
        return ApiResponse.Empty;
    }
}
