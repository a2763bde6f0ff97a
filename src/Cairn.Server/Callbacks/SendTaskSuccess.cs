using Cairn.Asl.Validation;
using Cairn.Engine.Tasks;
using Cairn.Json;
using Cairn.Server.Protocol;

namespace Cairn.Server.Callbacks;

/// <summary>SendTaskSuccess: completes the task a token names with its output (JSON, at most 256 KiB).</summary>
internal sealed class SendTaskSuccess(StepFunctionsBackend backend) : IApiAction
{

    public string Name => "SendTaskSuccess";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var token = request.RequiredString("taskToken", 1, TaskTokenErrors.MaxTokenLength);
        var text = request.OptionalPayload("output", Asl.ServiceLimits.MaxPayloadBytes) ?? throw ApiErrors.Missing("output");
        JValue output;
        try
        {
            output = JValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw TaskTokenErrors.InvalidOutput(JsonSyntaxDiagnostic.Reason(text, e));
        }

        TaskTokenErrors.ThrowUnlessAccepted(await backend.Host.SendTaskResultAsync(token, TaskResult.Success(output)).ConfigureAwait(false));
        return ApiResponse.Empty;
    }
}
