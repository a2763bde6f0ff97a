using Cairn.Integrations.Lambda;
using Cairn.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Cairn.Server.Console;

/// <summary>
/// <c>GET /console/api/invocations?functionName=NAME</c>: the recent invocations of a function of
/// the built-in Lambda service (<see cref="InvocationHistory"/>), newest first, as
/// <c>{"invocations": [{"requestId", "executedVersion", "invocationType", "startDate" (epoch
/// seconds), "durationMs", "status", "errorType", "executionArn", "stateName", "log"}]}</c>. What the
/// Lambda API has no action for; everything else the page reads about functions comes from the
/// Lambda API itself. Signed like every other request when the server checks signatures.
/// </summary>
internal static class ConsoleFunctions
{
    public static Task HandleAsync(HttpContext context, LambdaService? lambda, SigV4Verifier? signatures)
    {
        IReadOnlyList<FunctionInvocation> invocations;
        try
        {
            signatures?.Verify(context.Request, []);
            var function = Require(lambda, context.Request.Query["functionName"].ToString());
            invocations = lambda!.Invocations.Recent(function.FunctionName);
        }
        catch (ApiException e)
        {
            return ConsoleEndpoints.WriteErrorAsync(context, e);
        }

        return ConsoleEndpoints.WriteJsonAsync(context, 200, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("invocations");
            foreach (var invocation in invocations)
            {
                writer.WriteStartObject();
                writer.WriteString("requestId", invocation.RequestId);
                writer.WriteString("executedVersion", invocation.ExecutedVersion);
                writer.WriteString("invocationType", invocation.InvocationType);
                writer.WriteNumber("startDate", Epoch.Seconds(invocation.Started));
                if (invocation.DurationMilliseconds is { } duration)
                {
                    writer.WriteNumber("durationMs", Math.Round(duration, 2));
                }

                writer.WriteString("status", invocation.Status);
                if (invocation.ErrorType is { } errorType)
                {
                    writer.WriteString("errorType", errorType);
                }

                if (invocation.Caller is { } caller)
                {
                    writer.WriteString("executionArn", caller.ExecutionArn);
                    writer.WriteString("stateName", caller.StateName);
                }

                writer.WriteString("log", invocation.Log);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>The function's <c>$LATEST</c>, or Lambda's ResourceNotFoundException (a validation error when no name is given or the server has no Lambda service).</summary>
    public static FunctionConfiguration Require(LambdaService? lambda, string functionName)
    {
        if (lambda is null)
        {
            throw ApiErrors.Validation("This server has no Lambda service.");
        }

        if (functionName.Length is 0 or > 170)
        {
            throw ApiErrors.Validation("Give the functionName of a function (1 to 170 characters).");
        }

        try
        {
            return lambda.GetFunction(functionName);
        }
        catch (LambdaException e)
        {
            throw new ApiException(e.ErrorCode, e.Message, e.StatusCode);
        }
    }
}
