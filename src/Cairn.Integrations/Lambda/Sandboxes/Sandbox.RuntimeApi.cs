using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Cairn.Integrations.Lambda.RuntimeApi;

namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>The Runtime API's actions for this sandbox's runtime: next invocation, response, error, init error.</summary>
internal sealed partial class Sandbox
{
    private const string Prefix = "/2018-06-01/runtime/";

    private async ValueTask<RuntimeApiResponse> HandleAsync(RuntimeApiRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path;
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (request.Method == "GET" && path == AssignmentPath)
        {
            _awaitingAssignment = true;
            var variables = await _assignment.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            return new RuntimeApiResponse(200, [new("Content-Type", "application/json")], variables);
        }

        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return RuntimeApiResponse.Error(404, "NotFound", $"No such Runtime API path: {path}");
        }

        var action = path[Prefix.Length..];
        switch (request.Method)
        {
            case "GET" when action == "invocation/next":
                return await NextAsync(cancellationToken).ConfigureAwait(false);
            case "POST" when action == "init/error":
                return InitError(request);
            case "POST" when action.StartsWith("invocation/", StringComparison.Ordinal):
                var parts = action.Split('/');
                if (parts.Length == 3 && parts[2] is "response" or "error")
                {
                    return Complete(parts[1], request, parts[2] == "error");
                }

                break;
        }

        return RuntimeApiResponse.Error(404, "NotFound", $"No such Runtime API action: {request.Method} {path}");
    }

    private async ValueTask<RuntimeApiResponse> NextAsync(CancellationToken cancellationToken)
    {
        _initialized.TrySetResult();
        Invocation invocation;
        try
        {
            invocation = await _next.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new OperationCanceledException("The sandbox is stopping.");
        }

        var deadline = DateTimeOffset.UtcNow.AddSeconds(Function.Timeout).ToUnixTimeMilliseconds();
        var headers = new List<KeyValuePair<string, string>>(6)
        {
            new("Lambda-Runtime-Aws-Request-Id", invocation.RequestId),
            new("Lambda-Runtime-Deadline-Ms", deadline.ToString(CultureInfo.InvariantCulture)),
            new("Lambda-Runtime-Invoked-Function-Arn", invocation.InvokedFunctionArn),
            new("Lambda-Runtime-Trace-Id", invocation.TraceId),
        };
        if (invocation.ClientContext is { } clientContext)
        {
            headers.Add(new("Lambda-Runtime-Client-Context", clientContext));
        }

        if (invocation.CognitoIdentity is { } identity)
        {
            headers.Add(new("Lambda-Runtime-Cognito-Identity", identity));
        }

        return new RuntimeApiResponse(200, headers, invocation.Payload);
    }

    private RuntimeApiResponse Complete(string requestId, RuntimeApiRequest request, bool error)
    {
        Pending? pending;
        lock (_lock)
        {
            pending = _current;
            if (pending is null || pending.Invocation.RequestId != requestId)
            {
                return RuntimeApiResponse.Error(400, "InvalidRequestID", "Invalid request ID");
            }

            _current = null;
        }

        if (request.BodyTooLarge)
        {
            var tooLarge = new SandboxError("Function.ResponseSizeTooLarge", $"Response payload size exceeded maximum allowed payload size ({MaxResponseBytes} bytes).");
            pending.Completion.TrySetResult(SandboxResult.FunctionError(tooLarge.ErrorType!, tooLarge.Document(), [], reusable: true));
            return RuntimeApiResponse.Error(413, "RequestEntityTooLarge", tooLarge.Message);
        }

        if (!error)
        {
            pending.Completion.TrySetResult(SandboxResult.Success(request.Body, []));
            return RuntimeApiResponse.Accepted;
        }

        var errorType = request.Header("Lambda-Runtime-Function-Error-Type") ?? "Unhandled";
        var document = request.Body.Length > 0 ? request.Body : new SandboxError(errorType, string.Empty).Document();
        pending.Completion.TrySetResult(SandboxResult.FunctionError(errorType, document, [], reusable: true));
        return RuntimeApiResponse.Accepted;
    }

    private RuntimeApiResponse InitError(RuntimeApiRequest request)
    {
        var errorType = request.Header("Lambda-Runtime-Function-Error-Type") ?? "Runtime.Unknown";
        var document = request.Body.Length > 0 && !request.BodyTooLarge ? request.Body : new SandboxError(errorType, "Init error").Document();
        lock (_lock)
        {
            _initFailure ??= SandboxResult.FunctionError(errorType, document, [], reusable: false);
            _dead = true;
        }

        _initialized.TrySetException(new SandboxInitException());
        return RuntimeApiResponse.Accepted;
    }
}
