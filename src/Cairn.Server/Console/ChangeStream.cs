using System.Text;
using System.Text.Json;
using Cairn.Integrations.Lambda;
using Cairn.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace Cairn.Server.Console;

/// <summary>
/// <c>GET /console/api/stream?executionArn=ARN</c>, <c>?stateMachineArn=ARN</c> or
/// <c>?functionName=NAME</c>: server-sent events for an open page. For an execution,
/// <c>event: execution</c> with its status and event count, at once and whenever either changes (the
/// page then reads the new events with GetExecutionHistory); for a state machine,
/// <c>event: executions</c> whenever one of its executions starts, ends or is redriven (the page then
/// lists them again); for a function of the built-in Lambda service, <c>event: invocations</c>
/// whenever one of its invocations starts or ends (the page then reads them again). Changes are
/// coalesced (at most one message per <see cref="Coalesce"/> for an execution or a function, per
/// <see cref="CoalesceMachine"/> for a machine, whose page reads a whole page of executions each
/// time), and a comment every <see cref="KeepAlive"/> keeps proxies from closing an idle stream. A
/// stream ends when the page leaves or the server stops.
/// </summary>
internal sealed class ChangeStream(StepFunctionsBackend backend, LambdaService? lambda, ChangeFeed feed, SigV4Verifier? signatures, CancellationToken stopping)
{
    public static readonly TimeSpan Coalesce = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan CoalesceMachine = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    private enum Watched
    {
        Execution,
        Machine,
        Function,
    }

    public async Task HandleAsync(HttpContext context)
    {
        string key;
        Watched kind;
        try
        {
            signatures?.Verify(context.Request, []);
            (key, kind) = Target(context.Request);
        }
        catch (ApiException e)
        {
            await ConsoleEndpoints.WriteErrorAsync(context, e).ConfigureAwait(false);
            return;
        }

        using var watcher = feed.Watch(key);
        if (watcher is null)
        {
            await ConsoleEndpoints.WriteErrorAsync(context, new ApiException("ServiceUnavailable", $"Too many open console streams (at most {ChangeFeed.MaxWatchers}).", 503)).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.StartAsync(ended.Token).ConfigureAwait(false);
            string? last = null;
            var changed = true;
            while (!ended.IsCancellationRequested)
            {
                var message = kind switch
                {
                    Watched.Execution => ExecutionMessage(key),
                    Watched.Machine => changed ? "event: executions\ndata: {}\n\n" : null,
                    _ => changed ? "event: invocations\ndata: {}\n\n" : null,
                };
                if (message is not null && message != last)
                {
                    await response.WriteAsync(message, Encoding.UTF8, ended.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
                    last = kind == Watched.Execution ? message : null;
                    await Task.Delay(kind == Watched.Machine ? CoalesceMachine : Coalesce, ended.Token).ConfigureAwait(false);
                }

                changed = await watcher.WaitAsync(KeepAlive, ended.Token).ConfigureAwait(false);
                if (!changed)
                {
                    await response.WriteAsync(": keep-alive\n\n", ended.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The page left or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke.
        }
    }

    /// <summary>
    /// What to watch: an existing Standard execution, a state machine (a version or alias ARN
    /// watches its machine), or a function of the built-in Lambda service.
    /// </summary>
    private (string Key, Watched Kind) Target(HttpRequest request)
    {
        var execution = request.Query["executionArn"].ToString();
        var machine = request.Query["stateMachineArn"].ToString();
        var function = request.Query["functionName"].ToString();
        if ((execution.Length > 0 ? 1 : 0) + (machine.Length > 0 ? 1 : 0) + (function.Length > 0 ? 1 : 0) != 1)
        {
            throw ApiErrors.Validation("Give exactly one of executionArn, stateMachineArn and functionName");
        }

        if (function.Length > 0)
        {
            return (ChangeFeed.FunctionKey(ConsoleFunctions.Require(lambda, function).FunctionName), Watched.Function);
        }

        if (execution.Length > 0)
        {
            Arns.RequireExecution(execution);
            return backend.Executions.GetExecution(execution) is null ? throw ApiErrors.ExecutionDoesNotExist(execution) : (execution, Watched.Execution);
        }

        var parsed = Arns.Parse(machine);
        if (parsed.ResourceType != Arns.StateMachineType || parsed.Parts.Count > 2)
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
        }

        var baseArn = $"arn:aws:states:{parsed.Region}:{parsed.Account}:{Arns.StateMachineType}:{parsed.Parts[0]}";
        return backend.Machines.GetStateMachine(baseArn) is null ? throw ApiErrors.StateMachineDoesNotExist(baseArn) : (baseArn, Watched.Machine);
    }

    private string ExecutionMessage(string arn)
    {
        var execution = backend.Executions.GetExecution(arn);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("status", execution?.Status.ToString() ?? "DELETED");
            writer.WriteNumber("eventCount", execution?.EventCount ?? 0);
            writer.WriteNumber("redriveCount", execution?.RedriveCount ?? 0);
            writer.WriteEndObject();
        }

        return "event: execution\ndata: " + Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n\n";
    }
}
