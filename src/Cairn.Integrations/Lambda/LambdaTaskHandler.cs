using System.Globalization;
using System.Text;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// Task states that call Lambda (the built-in service, or Lambda's endpoint): a function ARN as the resource (the
/// effective input is the event, the function's answer the result) and the optimized
/// <c>arn:aws:states:::lambda:invoke</c> integration (<c>FunctionName</c>, <c>Payload</c> sent as
/// is when it is a string, <c>Qualifier</c>, <c>InvocationType</c>, <c>LogType</c>,
/// <c>ClientContext</c>; the result is Invoke's response with <c>Payload</c>,
/// <c>SdkHttpMetadata</c>, <c>SdkResponseMetadata</c>, <c>StatusCode</c> and
/// <c>ExecutedVersion</c>), also as <c>.waitForTaskToken</c>. A function error fails the task
/// with the handler's <c>errorType</c> and the error document as cause; Lambda's API errors are
/// <c>Lambda.*</c>; the state's TimeoutSeconds ends a request-response task with States.Timeout.
/// </summary>
public sealed class LambdaTaskHandler(ILambdaInvoker lambda, TimeProvider? time = null) : ITaskHandler
{
    public const string InvokeResource = "arn:aws:states:::lambda:invoke";
    public const string InvokeWaitForTaskTokenResource = "arn:aws:states:::lambda:invoke.waitForTaskToken";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Whether <paramref name="resource"/> is a Lambda task this handler runs.</summary>
    public static bool Handles(string resource) =>
        resource is InvokeResource or InvokeWaitForTaskTokenResource || FunctionReference.IsFunctionArn(resource);

    public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        var direct = FunctionReference.IsFunctionArn(request.Resource);
        var callback = request.Resource == InvokeWaitForTaskTokenResource;
        InvokeRequest invoke;
        if (direct)
        {
            invoke = new InvokeRequest(request.Resource, Encoding.UTF8.GetBytes(request.Parameters.ToJson()));
        }
        else if (!TryReadParameters(request.Parameters, out invoke!, out var problem))
        {
            return TaskResult.Failure(Asl.StatesErrors.Runtime, problem);
        }

        invoke = invoke with { Caller = new InvocationCaller(request.ExecutionArn, request.StateName) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (!callback && request.TimeoutSeconds is { } seconds && seconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        }

        InvokeResponse response;
        try
        {
            response = await lambda.InvokeAsync(invoke, timeout.Token).WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return TaskResult.Failure(Asl.StatesErrors.Timeout, null);
        }
        catch (LambdaException e) when (!e.Answered)
        {
            return TaskResult.Failure("Lambda." + e.ErrorCode, e.Message);
        }
        catch (LambdaException e)
        {
            return TaskResult.Failure(
                "Lambda." + e.ErrorCode,
                $"{e.Message} (Service: AWSLambda; Status Code: {e.StatusCode}; Error Code: {e.ErrorCode}; Request ID: {Guid.NewGuid()}; Proxy: null)");
        }

        if (response.FunctionError is not null)
        {
            return FunctionFailure(response.Payload, compact: !direct, response.RaisedByLambda);
        }

        // Step Functions' limit on a task's result, checked on the bytes before they are parsed.
        if (response.Payload.Length > Asl.ServiceLimits.MaxPayloadBytes)
        {
            return TaskResult.Failure(Asl.StatesErrors.DataLimitExceeded, Asl.ServiceLimits.DataLimitCause(request.Resource));
        }

        var output = direct ? ParsePayload(response.Payload) : InvokeOutput(response);
        return callback ? TaskResult.Submission(output) : TaskResult.Success(output);
    }

    /// <summary>
    /// A function error: named by the error document's <c>errorType</c> when the function's runtime
    /// reported it, and Lambda.Unknown when it has none or Lambda raised it itself (a timeout, an
    /// exited or killed sandbox: "unhandled errors in Lambda", as AWS documents them). The cause is
    /// the document as the function sent it for a function ARN resource, and as compact JSON for
    /// lambda:invoke (which parses Invoke's response).
    /// </summary>
    private static TaskResult FunctionFailure(byte[] payload, bool compact, bool raisedByLambda)
    {
        var text = Encoding.UTF8.GetString(payload);
        if (!raisedByLambda && JValue.TryParse(text, out var document, out _) && document is JObject error && error["errorType"] is JString { Value: { Length: > 0 } errorType })
        {
            return TaskResult.Failure(errorType, compact ? document.ToJson() : text);
        }

        return TaskResult.Failure("Lambda.Unknown", $"The cause could not be determined because Lambda did not return an error type. Returned payload: {text}");
    }

    private static bool TryReadParameters(JValue parameters, out InvokeRequest? invoke, out string problem)
    {
        invoke = null;
        if (parameters is not JObject p || p["FunctionName"] is not JString { Value: var functionName })
        {
            problem = "The lambda:invoke integration needs a FunctionName (a string) in its Parameters.";
            return false;
        }

        byte[] payload = p["Payload"] switch
        {
            null or JNull => [],
            JString s => Encoding.UTF8.GetBytes(s.Value),
            var value => Encoding.UTF8.GetBytes(value.ToJson()),
        };
        invoke = new InvokeRequest(
            functionName,
            payload,
            Text(p, "Qualifier"),
            Text(p, "InvocationType") ?? "RequestResponse",
            Text(p, "LogType") ?? "None",
            Text(p, "ClientContext"));
        problem = string.Empty;
        return true;
    }

    private static string? Text(JObject parameters, string name) => parameters[name] is JString s ? s.Value : null;

    /// <summary>The response payload as JSON, or as a string when it is not JSON.</summary>
    private static JValue ParsePayload(byte[] payload)
    {
        var text = Encoding.UTF8.GetString(payload);
        return JValue.TryParse(text, out var value, out _) ? value : new JString(text);
    }

    /// <summary>Invoke's response as the lambda:invoke integration returns it.</summary>
    private JObject InvokeOutput(InvokeResponse response)
    {
        var date = _time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var traceId = $"Root=1-{_time.GetUtcNow().ToUnixTimeSeconds():x8}-{Guid.NewGuid():N}"[..35] + ";Sampled=0";
        var headers = new List<(string Name, string Value)>();
        if (response.LogResult is { } logResult)
        {
            headers.Add(("X-Amz-Log-Result", logResult));
        }

        if (response.ExecutedVersion is { } executed)
        {
            headers.Add(("X-Amz-Executed-Version", executed));
        }

        headers.Add(("x-amzn-Remapped-Content-Length", "0"));
        headers.Add(("Connection", "keep-alive"));
        headers.Add(("x-amzn-RequestId", response.RequestId));
        headers.Add(("Content-Length", response.Payload.Length.ToString(CultureInfo.InvariantCulture)));
        headers.Add(("Date", date));
        headers.Add(("X-Amzn-Trace-Id", traceId));
        headers.Add(("Content-Type", "application/json"));

        var all = new JObjectBuilder(headers.Count);
        foreach (var (name, value) in headers)
        {
            all.Set(name, JArray.Adopt([new JString(value)]));
        }

        var single = new JObjectBuilder(headers.Count);
        foreach (var (name, value) in headers.OrderBy(h => h.Name, StringComparer.OrdinalIgnoreCase))
        {
            single.Set(name, new JString(value));
        }

        var output = new JObjectBuilder(6);
        if (response.ExecutedVersion is { } version)
        {
            output.Set("ExecutedVersion", new JString(version));
        }

        if (response.LogResult is { } log)
        {
            output.Set("LogResult", new JString(log));
        }

        output.Set("Payload", response.StatusCode == 200 ? ParsePayload(response.Payload) : new JString(string.Empty));
        output.Set("SdkHttpMetadata", new JObjectBuilder(3)
            .Set("AllHttpHeaders", all.Build())
            .Set("HttpHeaders", single.Build())
            .Set("HttpStatusCode", JNumber.From(response.StatusCode))
            .Build());
        output.Set("SdkResponseMetadata", new JObjectBuilder(1).Set("RequestId", new JString(response.RequestId)).Build());
        output.Set("StatusCode", JNumber.From(response.StatusCode));
        return output.Build();
    }
}
