using Cairn.Engine.Tasks;
using Cairn.Server.Protocol;

namespace Cairn.Server.Callbacks;

/// <summary>SendTaskFailure: fails the task a token names with an error (up to 256 characters) and a cause (up to 32768).</summary>
internal sealed class SendTaskFailure(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "SendTaskFailure";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var token = request.RequiredString("taskToken", 1, TaskTokenErrors.MaxTokenLength);
        var error = request.OptionalString("error", 0, 256);
        var cause = request.OptionalString("cause", 0, 32768);
        TaskTokenErrors.ThrowUnlessAccepted(await backend.Host.SendTaskResultAsync(token, TaskResult.Failure(error ?? string.Empty, cause)).ConfigureAwait(false));
        return ApiResponse.Empty;
    }
}
