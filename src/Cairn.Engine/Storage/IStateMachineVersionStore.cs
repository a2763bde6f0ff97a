namespace Cairn.Engine.Storage;

/// <summary>State machine versions and aliases.</summary>
public interface IStateMachineVersionStore
{
    /// <summary>
    /// Publishes <paramref name="revisionId"/> of a machine as its next version, or returns the
    /// existing version of that revision (<paramref name="created"/> false): publishing is idempotent.
    /// </summary>
    StateMachineVersionRecord PublishVersion(string stateMachineArn, string revisionId, string? description, DateTimeOffset now, out bool created);

    StateMachineVersionRecord? GetVersion(string versionArn);

    /// <summary>A machine's versions, newest first, with numbers below <paramref name="before"/> (0: from the newest).</summary>
    IReadOnlyList<StateMachineVersionRecord> ListVersions(string stateMachineArn, long before, int limit);

    /// <summary>Removes a version; false when it did not exist.</summary>
    bool DeleteVersion(string versionArn);

    /// <summary>Stores a new alias; false when one with this ARN exists.</summary>
    bool TryCreateAlias(StateMachineAliasRecord alias);

    StateMachineAliasRecord? GetAlias(string aliasArn);

    /// <summary>Replaces an alias; false when it does not exist.</summary>
    bool UpdateAlias(StateMachineAliasRecord alias);

    /// <summary>Removes an alias; false when it did not exist.</summary>
    bool DeleteAlias(string aliasArn);

    /// <summary>A machine's aliases in creation order, starting after <paramref name="after"/> (a position from an earlier page).</summary>
    IReadOnlyList<(long Position, StateMachineAliasRecord Alias)> ListAliases(string stateMachineArn, long after, int limit);

    /// <summary>Removes every version and alias of a machine (the machine is being deleted).</summary>
    void DeleteVersionsAndAliases(string stateMachineArn);
}
