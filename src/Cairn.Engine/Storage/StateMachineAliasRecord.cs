namespace Cairn.Engine.Storage;

/// <summary>
/// A state machine alias: a name (<see cref="Arn"/> is the machine's ARN followed by <c>:NAME</c>)
/// that routes executions to one or two versions by weight.
/// </summary>
public sealed record StateMachineAliasRecord(
    string Arn,
    string StateMachineArn,
    string Name,
    string? Description,
    IReadOnlyList<AliasRoute> RoutingConfiguration,
    DateTimeOffset CreationDate,
    DateTimeOffset UpdateDate);

/// <summary>One entry of an alias's routing configuration: a version and the percentage of executions it gets.</summary>
public sealed record AliasRoute(string StateMachineVersionArn, int Weight);
