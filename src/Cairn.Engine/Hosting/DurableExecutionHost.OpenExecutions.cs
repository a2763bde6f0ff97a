using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// The quota of open executions (AWS: 1,000,000 RUNNING Standard executions per account and
/// region): StartExecution, a task's StartExecution and RedriveExecution are refused with
/// ExecutionLimitExceeded once it is reached. The count is read from the store once, before
/// anything runs, then kept in step: +1 for every start and redrive that takes, −1 for every
/// execution that ends (<see cref="OnEnded"/>).
/// </summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>What ExecutionLimitExceeded says (AWS documents the error with these words).</summary>
    public const string ExecutionLimitExceededMessage = "The maximum number of running executions has been reached. Running executions must end or be stopped before a new execution can be started.";

    /// <summary>No limit: nothing is counted.</summary>
    private const long Unlimited = -1;

    private long _maxOpenExecutions = Unlimited;
    private long _openExecutions;

    /// <summary>Running executions as counted (0 when no limit is set).</summary>
    public long OpenExecutions => Interlocked.Read(ref _openExecutions);

    /// <summary>
    /// Refuses new and redriven executions while <paramref name="max"/> are running. Call once,
    /// before <see cref="Resume"/> and before anything is started: it counts the store's running
    /// executions, and from then on every start, redrive and end keeps the count.
    /// </summary>
    public void LimitOpenExecutions(long max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        Interlocked.Exchange(ref _openExecutions, _executions.CountRunning());
        Interlocked.Exchange(ref _maxOpenExecutions, max);
    }

    /// <summary>
    /// <see cref="StartAsync"/> within the limit: null when it is reached and the request names no
    /// existing execution (a name that exists is answered as StartAsync answers it: nothing new runs).
    /// </summary>
    public async Task<(ExecutionStartOutcome Outcome, ExecutionRecord Execution)?> StartWithinLimitAsync(ExecutionStartRequest request)
    {
        if (!TryOpenExecution())
        {
            return _executions.GetExecution(request.ExecutionArn) is null ? null : await StartAsync(request).ConfigureAwait(false);
        }

        (ExecutionStartOutcome Outcome, ExecutionRecord Execution) result;
        try
        {
            result = await StartAsync(request).ConfigureAwait(false);
        }
        catch
        {
            CloseOpenExecution();
            throw;
        }

        if (result.Outcome != ExecutionStartOutcome.Started)
        {
            CloseOpenExecution();
        }

        return result;
    }

    /// <summary>Takes a place for an execution about to run; false when the limit is reached.</summary>
    private bool TryOpenExecution()
    {
        var max = Interlocked.Read(ref _maxOpenExecutions);
        if (max == Unlimited)
        {
            return true;
        }

        while (true)
        {
            var open = Interlocked.Read(ref _openExecutions);
            if (open >= max)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _openExecutions, open + 1, open) == open)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a place: the execution ended, or was not started or redriven after all.</summary>
    private void CloseOpenExecution()
    {
        if (Interlocked.Read(ref _maxOpenExecutions) != Unlimited)
        {
            Interlocked.Decrement(ref _openExecutions);
        }
    }
}
