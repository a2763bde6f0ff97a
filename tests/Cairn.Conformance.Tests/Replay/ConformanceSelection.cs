using System.Text.Json.Nodes;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>Which units of the corpus to replay.</summary>
public sealed record ConformanceSelection
{
    /// <summary>Categories (<c>category_engine</c>) to include.</summary>
    public IReadOnlySet<string> Categories { get; init; } = new HashSet<string> { "pure_engine" };

    /// <summary>Unit types to include; empty means all.</summary>
    public IReadOnlySet<string> UnitTypes { get; init; } = new HashSet<string>();

    /// <summary>The ASL features that mark a unit as a JSONata unit.</summary>
    public IReadOnlySet<string> JsonataFeatures { get; init; } = new HashSet<string> { "jsonata" };

    /// <summary>Template path fragments (or unit folders) that mark a unit as a query-language (JSONata) unit.</summary>
    public IReadOnlySet<string> JsonataTemplateFolders { get; init; } = new HashSet<string> { "querylanguage", "query_language" };

    /// <summary>Which side of the JSONata split to take: false for the JSONPath units, true for the JSONata ones.</summary>
    public bool Jsonata { get; init; }

    /// <summary>Whether units with <c>replayable_simple=false</c> are replayed (as api sequences).</summary>
    public bool IncludeNotSimple { get; init; } = true;

    /// <summary>Optional extra filter on the unit dir (e.g. from an environment variable).</summary>
    public Func<string, bool>? DirFilter { get; init; }

    /// <summary>
    /// The pure-engine JSONPath units that run executions or validate definitions (execution,
    /// sync_execution, validate): no JSONata, no query-language templates.
    /// </summary>
    public static ConformanceSelection PureEngineJsonPath { get; } = new()
    {
        UnitTypes = new HashSet<string> { "execution", "sync_execution", "validate" },
    };

    /// <summary>The pure-engine JSONata and query-language units of the same types.</summary>
    public static ConformanceSelection PureEngineJsonata { get; } = PureEngineJsonPath with { Jsonata = true };

    public bool Includes(JsonObject row)
    {
        var dir = (string?)row["dir"] ?? string.Empty;
        var category = (string?)row["category_engine"] ?? string.Empty;
        var type = (string?)row["type"] ?? string.Empty;

        return Categories.Contains(category)
            && (UnitTypes.Count == 0 || UnitTypes.Contains(type))
            && IsJsonata(row) == Jsonata
            && (IncludeNotSimple || ((bool?)row["replayable_simple"] ?? false))
            && (DirFilter is null || DirFilter(dir));
    }

    private bool IsJsonata(JsonObject row)
    {
        var dir = (string?)row["dir"] ?? string.Empty;
        var features = (row["features"] as JsonArray ?? []).Select(f => (string?)f ?? string.Empty);
        var template = (string?)row["template"] ?? string.Empty;
        var unitFolder = dir[(dir.IndexOf('/') + 1)..].Split("__")[0];
        return features.Any(JsonataFeatures.Contains)
            || JsonataTemplateFolders.Any(f => template.Contains("/" + f + "/", StringComparison.Ordinal) || unitFolder == f);
    }
}
