namespace Cairn.Engine.Hosting;

/// <summary>What starting an execution came to.</summary>
public enum ExecutionStartOutcome
{
    /// <summary>A new execution was started.</summary>
    Started,

    /// <summary>A running execution with this name and the same input exists; it is returned (StartExecution is idempotent).</summary>
    AlreadyRunning,

    /// <summary>An execution with this name exists with another input, or has ended (ExecutionAlreadyExists).</summary>
    NameTaken,
}
