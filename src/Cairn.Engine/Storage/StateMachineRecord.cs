namespace Cairn.Engine.Storage;

/// <summary>
/// A state machine as stored: its identity and its current revision. Every create or update that
/// changes the definition or configuration makes a new revision; executions keep the revision they
/// started with (DescribeStateMachineForExecution, resume after a restart).
/// </summary>
public sealed record StateMachineRecord(
    string Arn,
    string Name,
    StateMachineKind Type,
    DateTimeOffset CreationDate,
    StateMachineRevision Revision);

/// <summary>STANDARD (durable, full history) or EXPRESS (in memory, no history through the API).</summary>
public enum StateMachineKind
{
    STANDARD,
    EXPRESS,
}
