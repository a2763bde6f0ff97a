using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>The answer to a redrive: when the execution was redriven, or why it cannot be.</summary>
public sealed record RedriveResult(DateTimeOffset? RedriveDate, string? NotRedrivableReason)
{
    /// <summary>Refused: the limit of open executions is reached (ExecutionLimitExceeded).</summary>
    public bool ExecutionLimitExceeded { get; init; }
}

/// <summary>RedriveExecution: an ended execution is rebuilt from its input log and runs again from where it stopped.</summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>A client token repeats its redrive for this long.</summary>
    public static readonly TimeSpan ClientTokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How many of an execution's latest redrives a client token can repeat.</summary>
    public const int ClientTokensKept = 10;

    /// <summary>
    /// Redrives an execution that failed, was aborted or timed out: the Redrive input is logged and
    /// its batch (ExecutionRedriven and what follows) puts the execution back to RUNNING in the same
    /// commit. A <paramref name="clientToken"/> used by one of the latest redrives in the last 15
    /// minutes repeats that redrive's answer. Returns null when the execution does not exist.
    /// </summary>
    public async Task<RedriveResult?> RedriveAsync(string executionArn, string? clientToken)
    {
        if (_executions.GetExecution(executionArn) is not { } record)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (clientToken is not null && EarlierRedrive(executionArn, clientToken, now) is { } earlier)
        {
            return new RedriveResult(earlier, null);
        }

        if (_live.ContainsKey(executionArn))
        {
            return NotRedrivable(ExecutionStatus.RUNNING);
        }

        if (Redrivability.Reason(record, now) is { } reason)
        {
            return new RedriveResult(null, reason);
        }

        var (live, _) = Replay(record);
        if (!live.Interpreter.IsRedrivable)
        {
            return NotRedrivable(record.Status);
        }

        if (!_live.TryAdd(executionArn, live))
        {
            return NotRedrivable(ExecutionStatus.RUNNING);
        }

        // Claimed: no other step can move the execution now; it must still be as replayed.
        var current = _executions.GetExecution(executionArn);
        if (current is null || current.Status != record.Status || current.EventCount != record.EventCount)
        {
            _live.TryRemove(new KeyValuePair<string, LiveExecution>(executionArn, live));
            return NotRedrivable(current?.Status ?? ExecutionStatus.RUNNING);
        }

        if (!TryOpenExecution())
        {
            _live.TryRemove(new KeyValuePair<string, LiveExecution>(executionArn, live));
            return new RedriveResult(null, null) { ExecutionLimitExceeded = true };
        }

        var step = ApplyAsync(live, time => InterpreterInput.Redrive(time, clientToken));
        DateTimeOffset redriveDate;
        lock (live)
        {
            redriveDate = live.Interpreter.RedriveDate ?? now;
        }

        try
        {
            await step.ConfigureAwait(false);
        }
        catch
        {
            // Not committed: the execution stays as it was, ended.
            CloseOpenExecution();
            throw;
        }
        return new RedriveResult(redriveDate, null);
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
