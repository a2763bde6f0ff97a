using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>What <see cref="ExpressExecutions"/> is built from. Every property has a documented default.</summary>
public sealed record ExpressExecutionOptions
{
    /// <summary>What Task states call. Default: <see cref="NoTaskHandler"/>.</summary>
    public ITaskHandler Tasks { get; init; } = NoTaskHandler.Instance;

    /// <summary>The real clock. Default: the system clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Real seconds per second of Wait states and retry intervals (default 1: in full).</summary>
    public TimeScale TimeScale { get; init; } = TimeScale.RealTime;
}
