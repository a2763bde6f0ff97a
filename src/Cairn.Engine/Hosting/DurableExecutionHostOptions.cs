using Cairn.Engine.Callbacks;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Everything a <see cref="DurableExecutionHost"/> and its parts are built from, given once at
/// construction. Every property but the two stores has a documented default.
/// </summary>
public sealed record DurableExecutionHostOptions
{
    /// <summary>Where executions, their logs, timers and Map Runs are kept.</summary>
    public required IExecutionStore Executions { get; init; }

    /// <summary>Where the state machines and their revisions are kept (executions run revisions; a task's StartExecution finds machines).</summary>
    public required IStateMachineStore Machines { get; init; }

    /// <summary>Where activities are kept; a step scheduling a task of one that does not exist fails it. Default null: every activity is taken to exist.</summary>
    public IActivityStore? Activities { get; init; }

    /// <summary>What Task states call. Default: <see cref="NoTaskHandler"/>.</summary>
    public ITaskHandler Tasks { get; init; } = NoTaskHandler.Instance;

    /// <summary>The clock. Default: the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Real seconds per second of Wait states, retry delays and task time limits (default 1; at 0 a timer fires at once and the execution's clock moves to its due time).</summary>
    public TimeScale TimeScale { get; init; } = TimeScale.RealTime;

    /// <summary>The most execution batches committed in one transaction (default 1024).</summary>
    public int MaxCommitGroup { get; init; } = 1024;

    /// <summary>How long an execution with nothing under way in this process stays in memory (default 10 s); null keeps every running execution in memory.</summary>
    public TimeSpan? EvictIdleAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Seals and opens task tokens. Default: a key of this process only (tokens do not survive a restart); give a codec with a durable key to keep them.</summary>
    public TaskTokenCodec TaskTokens { get; init; } = TaskTokenCodec.CreateEphemeral();

    /// <summary>How many executions may run at once; StartExecution, a task's StartExecution and RedriveExecution beyond it are refused. Default null: no limit.</summary>
    public long? MaxOpenExecutions { get; init; }

    /// <summary>How a task's StateMachineArn is resolved (machines, versions, aliases), as the API's StartExecution resolves it. Default null: only unqualified machine ARNs are found.</summary>
    public NestedTargetResolver? ResolveNestedTarget { get; init; }

    /// <summary>Runs the EXPRESS state machines tasks start. Default null: starting one fails with StateMachineTypeNotSupported.</summary>
    public IExpressExecutionRunner? Express { get; init; }

    /// <summary>Compiled machines by revision, shared with whoever else runs or describes them. Default: a cache of the host's own.</summary>
    public CompiledMachines Compiled { get; init; } = new();

    /// <summary>The entropy seed of each new execution (its ids and random numbers). Default: random.</summary>
    public Func<int> EntropySeeds { get; init; } = static () => Random.Shared.Next();

    /// <summary>Hears of problems no caller waits for (a failed commit of a background step, an execution that cannot be resumed).</summary>
    public Action<string, Exception>? OnError { get; init; }
}
