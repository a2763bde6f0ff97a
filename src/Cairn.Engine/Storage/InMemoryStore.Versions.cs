namespace Cairn.Engine.Storage;

/// <summary>Versions and aliases, kept in memory.</summary>
public sealed partial class InMemoryStore
{
    private readonly Dictionary<string, StateMachineVersionRecord> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastVersion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Position, StateMachineAliasRecord Alias)> _aliases = new(StringComparer.Ordinal);
    private long _nextAliasPosition = 1;

    public StateMachineVersionRecord PublishVersion(string stateMachineArn, string revisionId, string? description, DateTimeOffset now, out bool created)
    {
        lock (_lock)
        {
            var existing = _versions.Values.Where(v => v.StateMachineArn == stateMachineArn && v.RevisionId == revisionId).MaxBy(v => v.Version);
            if (existing is not null)
            {
                created = false;
                return existing;
            }

            var number = _lastVersion.GetValueOrDefault(stateMachineArn) + 1;
            _lastVersion[stateMachineArn] = number;
            var version = new StateMachineVersionRecord(Arns.StatesArn.Parse(stateMachineArn).Version(number), stateMachineArn, number, revisionId, description, now);
            _versions[version.Arn] = version;
            created = true;
            return version;
        }
    }

    public StateMachineVersionRecord? GetVersion(string versionArn)
    {
        lock (_lock)
        {
            return _versions.GetValueOrDefault(versionArn);
        }
    }

    public IReadOnlyList<StateMachineVersionRecord> ListVersions(string stateMachineArn, long before, int limit)
    {
        lock (_lock)
        {
            return _versions.Values
                .Where(v => v.StateMachineArn == stateMachineArn && (before == 0 || v.Version < before))
                .OrderByDescending(v => v.Version)
                .Take(limit)
                .ToList();
        }
    }

    public bool DeleteVersion(string versionArn)
    {
        lock (_lock)
        {
            return _versions.Remove(versionArn);
        }
    }

    public bool TryCreateAlias(StateMachineAliasRecord alias)
    {
        lock (_lock)
        {
            if (!_aliases.TryAdd(alias.Arn, (_nextAliasPosition, alias)))
            {
                return false;
            }

            _nextAliasPosition++;
            return true;
        }
    }

    public StateMachineAliasRecord? GetAlias(string aliasArn)
    {
        lock (_lock)
        {
            return _aliases.TryGetValue(aliasArn, out var entry) ? entry.Alias : null;
        }
    }

    public bool UpdateAlias(StateMachineAliasRecord alias)
    {
        lock (_lock)
        {
            if (!_aliases.TryGetValue(alias.Arn, out var entry))
            {
                return false;
            }

            _aliases[alias.Arn] = (entry.Position, alias);
            return true;
        }
    }

    public bool DeleteAlias(string aliasArn)
    {
        lock (_lock)
        {
            return _aliases.Remove(aliasArn);
        }
    }

    public IReadOnlyList<(long Position, StateMachineAliasRecord Alias)> ListAliases(string stateMachineArn, long after, int limit)
    {
        lock (_lock)
        {
            return _aliases.Values
                .Where(a => a.Alias.StateMachineArn == stateMachineArn && a.Position > after)
                .OrderBy(a => a.Position)
                .Take(limit)
                .ToList();
        }
    }

    public void DeleteVersionsAndAliases(string stateMachineArn)
    {
        lock (_lock)
        {
            foreach (var version in _versions.Values.Where(v => v.StateMachineArn == stateMachineArn).ToList())
            {
                _versions.Remove(version.Arn);
            }

            foreach (var (arn, _) in _aliases.Where(a => a.Value.Alias.StateMachineArn == stateMachineArn).ToList())
            {
                _aliases.Remove(arn);
            }

            _lastVersion.Remove(stateMachineArn);
        }
    }
}
