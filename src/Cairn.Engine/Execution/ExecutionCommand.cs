using Cairn.Engine.Tasks;

namespace Cairn.Engine.Execution;

/// <summary>
/// Work the interpreter asks its host to do once the events that led to it are recorded: invoke
/// a task, start a timer, or give up on a task invocation. The host reports back with
/// <see cref="Interpreter.CompleteTask"/> and <see cref="Interpreter.FireTimer"/>.
/// </summary>
public abstract record ExecutionCommand
{
    private ExecutionCommand()
    {
    }

    /// <summary>Invoke a task; report its outcome under <paramref name="Id"/>.</summary>
    public sealed record InvokeTask(long Id, TaskRequest Request) : ExecutionCommand;

    /// <summary>Fire timer <paramref name="Id"/> at <paramref name="Due"/>.</summary>
    public sealed record StartTimer(long Id, DateTimeOffset Due) : ExecutionCommand;

    /// <summary>
    /// The task invoked under <paramref name="Id"/> no longer counts (it timed out, or its branch
    /// was abandoned): stop what it runs where that can be stopped (an execution it started and
    /// waits for); its outcome, if it still comes, is ignored.
    /// </summary>
    public sealed record CancelTask(long Id) : ExecutionCommand;
}
