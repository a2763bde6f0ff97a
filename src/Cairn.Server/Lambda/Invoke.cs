using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>Invoke: the body is the event; the answer's body is the function's response (or error document) with X-Amz-Function-Error, X-Amz-Executed-Version and, for <c>LogType: Tail</c>, X-Amz-Log-Result.</summary>
internal sealed class Invoke(LambdaService lambda) : ILambdaAction
{
    public string Name => "Invoke";

    public string Method => "POST";

    public string Route => "/2015-03-31/functions/{FunctionName}/invocations";

    public async Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var logType = request.Header("X-Amz-Log-Type") ?? "None";
        if (logType is not ("None" or "Tail"))
        {
            throw LambdaException.Validation($"1 validation error detected: Value '{logType}' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [Tail, None]");
        }

        var invoked = await lambda.InvokeAsync(
            new InvokeRequest(
                request.Path("FunctionName"),
                request.Body,
                request.Query("Qualifier"),
                request.Header("X-Amz-Invocation-Type") ?? "RequestResponse",
                logType,
                request.Header("X-Amz-Client-Context")),
            cancellationToken).ConfigureAwait(false);
        var response = invoked.StatusCode == 200 ? LambdaResponse.Bytes(200, invoked.Payload) : LambdaResponse.NoContent(invoked.StatusCode);
        return response
            .WithHeader("X-Amz-Executed-Version", invoked.ExecutedVersion)
            .WithHeader("X-Amz-Function-Error", invoked.FunctionError)
            .WithHeader("X-Amz-Log-Result", invoked.LogResult);
    }
}
