namespace Cairn.Engine.Storage;

/// <summary>
/// A published version of a state machine: an immutable pointer to one revision, numbered from 1
/// per machine (numbers are never reused, even after a version is deleted).
/// <see cref="Arn"/> is the machine's ARN followed by <c>:VERSION</c>.
/// </summary>
public sealed record StateMachineVersionRecord(
    string Arn,
    string StateMachineArn,
    long Version,
    string RevisionId,
    string? Description,
    DateTimeOffset CreationDate);
