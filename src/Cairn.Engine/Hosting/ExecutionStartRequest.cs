using Cairn.Asl.Model;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// What a durable execution is started with: the machine (with the revision to run, compiled), the
/// execution's ARN and name, its input, and the version and alias it was started through, if any.
/// </summary>
public sealed record ExecutionStartRequest(
    StateMachineRecord Machine,
    StateMachine Compiled,
    string ExecutionArn,
    string Name,
    JValue Input,
    string InputText,
    string? TestCase = null,
    string? StateMachineVersionArn = null,
    string? StateMachineAliasArn = null);

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
