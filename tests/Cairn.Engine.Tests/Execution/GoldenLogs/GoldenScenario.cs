using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>
/// How a golden log is made and carried on: the definition and input, the activities that exist,
/// the task handler while the log is written and how the run is driven to its pause; then, after
/// the log is loaded into another host, the handler, the activities, the time scale and what is
/// sent to bring the execution to its end.
/// </summary>
internal sealed record GoldenScenario
{
    public required string Name { get; init; }

    public required string Definition { get; init; }

    public string Input { get; init; } = "{}";

    /// <summary>Activities that exist while the log is written.</summary>
    public IReadOnlyList<string> Activities { get; init; } = [];

    /// <summary>Answers the tasks while the log is written (the n-th invocation from 0).</summary>
    public required Func<TaskRequest, int, Task<TaskResult>> Record { get; init; }

    /// <summary>Drives the run from its start to its pause; done when it returns and every batch is committed.</summary>
    public Func<GoldenRun, Task> Drive { get; init; } = _ => Task.CompletedTask;

    /// <summary>Activities that exist when the log is carried on (they may differ from those it was written with).</summary>
    public IReadOnlyList<string> ResumeActivities { get; init; } = [];

    /// <summary>Answers the tasks after the resume.</summary>
    public Func<TaskRequest, Task<TaskResult>> Resume { get; init; } = _ => Task.FromResult(TaskResult.Failure("Unexpected", "no task was expected after the resume"));

    /// <summary>The time scale after the resume: 0 fires the waiting timers at once.</summary>
    public TimeScale ResumeScale { get; init; } = new(0);

    /// <summary>What is sent to the resumed execution (task tokens, activity workers) to bring it to its end.</summary>
    public Func<DurableExecutionHost, GoldenLog, Task> Continue { get; init; } = (_, _) => Task.CompletedTask;
}
