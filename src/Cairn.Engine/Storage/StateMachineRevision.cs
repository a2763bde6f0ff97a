namespace Cairn.Engine.Storage;

/// <summary>
/// One version of a state machine's definition and configuration. <see cref="LoggingConfiguration"/>
/// and <see cref="TracingConfiguration"/> are kept as the JSON the API received (normalised by the
/// caller), since the engine does not interpret them.
/// </summary>
public sealed record StateMachineRevision(
    string RevisionId,
    string StateMachineArn,
    string Definition,
    string RoleArn,
    string LoggingConfiguration,
    string TracingConfiguration,
    string? Description,
    DateTimeOffset CreatedAt);
