using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// The quota of open executions (AWS: 1,000,000 RUNNING Standard executions per account and
/// region): StartExecution, a task's StartExecution and RedriveExecution are refused with
/// ExecutionLimitExceeded once it is reached. The count is read from the store once, when the host
/// is built (before anything runs), then kept in step: +1 for every start and redrive that takes,
/// −1 for every execution that ends.
/// </summary>
internal sealed class OpenExecutionQuota
{
    /// <summary>What ExecutionLimitExceeded says (AWS documents the error with these words).</summary>
    public const string ExecutionLimitExceededMessage = "The maximum number of running executions has been reached. Running executions must end or be stopped before a new execution can be started.";

    private readonly long? _max;
    private long _open;

    public OpenExecutionQuota(DurableExecutionHostOptions options)
    {
        if (options.MaxOpenExecutions is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(options.MaxOpenExecutions));
            _max = max;
            _open = options.Executions.CountRunning();
        }
    }

    /// <summary>Running executions as counted (0 when there is no limit).</summary>
    public long Open => Interlocked.Read(ref _open);

    /// <summary>Takes a place for an execution about to run; false when the limit is reached.</summary>
    public bool TryOpen()
    {
        if (_max is not { } max)
        {
            return true;
        }

        while (true)
        {
            var open = Interlocked.Read(ref _open);
            if (open >= max)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _open, open + 1, open) == open)
            {
                return true;
            }
        }
    }

    /// <summary>Gives back a place: the execution ended, or was not started or redriven after all.</summary>
    public void Close()
    {
        if (_max is not null)
        {
            Interlocked.Decrement(ref _open);
        }
    }
}
