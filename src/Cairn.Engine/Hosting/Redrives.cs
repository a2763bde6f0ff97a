using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// RedriveExecution: an ended execution is rebuilt from its log and runs again from where it
/// stopped. The Redrive input is logged and its batch (ExecutionRedriven and what follows) puts the
/// execution back to RUNNING in the same commit. A client token used by one of the latest redrives
/// in the last 15 minutes repeats that redrive's answer.
/// </summary>
internal sealed class Redrives(DurableExecutionHostOptions options, DurableExecutionHost host)
{
    /// <summary>A client token repeats its redrive for this long.</summary>
    public static readonly TimeSpan ClientTokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How many of an execution's latest redrives a client token can repeat.</summary>
    public const int ClientTokensKept = 10;

    private readonly IExecutionStore _executions = options.Executions;
    private readonly TimeProvider _time = options.Time;

    /// <summary>Redrives an execution that failed, was aborted or timed out; null when the execution does not exist.</summary>
    public async Task<RedriveResult?> RedriveAsync(string executionArn, string? clientToken)
    {
        if (_executions.GetExecution(executionArn) is null)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (clientToken is not null && EarlierRedrive(executionArn, clientToken, now) is { } earlier)
        {
            return new RedriveResult(earlier, null);
        }

        // Read, replayed and claimed under the execution's load lock: no concurrent redrive or load
        // can commit to it between the read of its record and the read of its log, nor claim it meanwhile.
        var (refused, claimed) = host.Residency.Exclusively(executionArn, () => Claim(executionArn, clientToken, now));
        if (refused is not null)
        {
            return refused;
        }

        var (step, redriveDate) = claimed;
        try
        {
            await step.ConfigureAwait(false);
        }
        catch
        {
            // Not committed: the execution stays as it was, ended.
            host.Quota.Close();
            throw;
        }

        return new RedriveResult(redriveDate, null);
    }

    /// <summary>Under the execution's load lock: why it cannot be redriven, or its redrive step queued for commit and the redrive's date.</summary>
    private (RedriveResult? Refused, (Task Step, DateTimeOffset RedriveDate) Claimed) Claim(string executionArn, string? clientToken, DateTimeOffset now)
    {
        if (host.Residency.IsLive(executionArn))
        {
            return (NotRedrivable(ExecutionStatus.RUNNING), default);
        }

        // Read now, with nothing in memory to commit to it: the record and the log agree.
        if (_executions.GetExecution(executionArn) is not { } record)
        {
            return (NotRedrivable(ExecutionStatus.RUNNING), default);
        }

        if (Redrivability.Reason(record, now) is { } reason)
        {
            return (new RedriveResult(null, reason), default);
        }

        var (live, _) = host.Residency.Replay(record);
        if (!live.Interpreter.IsRedrivable)
        {
            return (NotRedrivable(record.Status), default);
        }

        if (!host.Quota.TryOpen())
        {
            return (new RedriveResult(null, null) { ExecutionLimitExceeded = true }, default);
        }

        lock (live)
        {
            // A start of the same name may hold the ARN for a moment; it commits nothing.
            if (!host.Residency.TryAdd(live))
            {
                host.Quota.Close();
                return (NotRedrivable(ExecutionStatus.RUNNING), default);
            }

            var step = host.Pipeline.ApplyAsync(live, time => InterpreterInput.Redrive(time, clientToken));
            return (null, (step, live.Interpreter.RedriveDate ?? now));
        }
    }

    private static RedriveResult NotRedrivable(ExecutionStatus status) => new(null, $"Execution is {status} and cannot be redriven");

    /// <summary>The date of a recent redrive asked with <paramref name="clientToken"/>, if any.</summary>
    private DateTimeOffset? EarlierRedrive(string executionArn, string clientToken, DateTimeOffset now)
    {
        var inputs = _executions.GetInputs(executionArn);
        var seen = 0;
        for (var i = inputs.Count - 1; i >= 0 && seen < ClientTokensKept; i--)
        {
            var input = inputs[i];
            if (input.Kind != InterpreterInputKind.Redrive)
            {
                continue;
            }

            seen++;
            if (input.ClientToken == clientToken && now - input.Time <= ClientTokenLifetime)
            {
                return input.Time;
            }
        }

        return null;
    }
}
