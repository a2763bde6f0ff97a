namespace Cairn.Integrations.Lambda;

/// <summary>Functions, versions and aliases kept in memory (a server without a data folder, <c>cairn run</c>).</summary>
public sealed class InMemoryLambdaStore : ILambdaStore
{
    private readonly object _lock = new();
    private readonly SortedDictionary<string, Entry> _functions = new(StringComparer.Ordinal);

    public FunctionConfiguration? GetFunction(string functionName)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) ? entry.Latest : null;
        }
    }

    public IReadOnlyList<FunctionConfiguration> ListFunctions()
    {
        lock (_lock)
        {
            return _functions.Values.Select(e => e.Latest).ToList();
        }
    }

    public void PutFunction(FunctionConfiguration latest)
    {
        lock (_lock)
        {
            if (_functions.TryGetValue(latest.FunctionName, out var entry))
            {
                entry.Latest = latest;
            }
            else
            {
                _functions[latest.FunctionName] = new Entry(latest);
            }
        }
    }

    public bool DeleteFunction(string functionName)
    {
        lock (_lock)
        {
            return _functions.Remove(functionName);
        }
    }

    public FunctionConfiguration? GetVersion(string functionName, string version)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) && entry.Versions.TryGetValue(version, out var found) ? found : null;
        }
    }

    public IReadOnlyList<FunctionConfiguration> ListVersions(string functionName)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry)
                ? entry.Versions.Values.OrderBy(v => long.Parse(v.Version, System.Globalization.CultureInfo.InvariantCulture)).ToList()
                : [];
        }
    }

    public void PutVersion(FunctionConfiguration version)
    {
        lock (_lock)
        {
            if (_functions.TryGetValue(version.FunctionName, out var entry))
            {
                entry.Versions[version.Version] = version;
            }
        }
    }

    public bool DeleteVersion(string functionName, string version)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) && entry.Versions.Remove(version);
        }
    }

    public FunctionAlias? GetAlias(string functionName, string aliasName)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) && entry.Aliases.TryGetValue(aliasName, out var alias) ? alias : null;
        }
    }

    public IReadOnlyList<FunctionAlias> ListAliases(string functionName)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) ? entry.Aliases.Values.ToList() : [];
        }
    }

    public void PutAlias(string functionName, FunctionAlias alias)
    {
        lock (_lock)
        {
            if (_functions.TryGetValue(functionName, out var entry))
            {
                entry.Aliases[alias.Name] = alias;
            }
        }
    }

    public bool DeleteAlias(string functionName, string aliasName)
    {
        lock (_lock)
        {
            return _functions.TryGetValue(functionName, out var entry) && entry.Aliases.Remove(aliasName);
        }
    }

    private sealed class Entry(FunctionConfiguration latest)
    {
        public FunctionConfiguration Latest { get; set; } = latest;

        public Dictionary<string, FunctionConfiguration> Versions { get; } = new(StringComparer.Ordinal);

        public SortedDictionary<string, FunctionAlias> Aliases { get; } = new(StringComparer.Ordinal);
    }
}
