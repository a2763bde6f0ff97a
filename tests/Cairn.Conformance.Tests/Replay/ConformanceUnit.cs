using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>A unit of the recorded corpus: its manifest row, case.json and expected.json.</summary>
public sealed class ConformanceUnit
{
    private ConformanceUnit(string dir, JsonObject row, JsonObject caseJson, JsonObject expected)
    {
        Dir = dir;
        Row = row;
        Case = caseJson;
        Expected = expected;
    }

    /// <summary><c>category/unit</c>, the folder under <c>cases/</c>.</summary>
    public string Dir { get; }

    /// <summary>The unit folder name up to the first <c>__</c> (the test suite folder / module), with its category.</summary>
    public string Folder
    {
        get
        {
            var name = Dir[(Dir.IndexOf('/') + 1)..];
            var cut = name.IndexOf("__", StringComparison.Ordinal);
            return Dir[..(Dir.IndexOf('/') + 1)] + (cut >= 0 ? name[..cut] : name);
        }
    }

    public JsonObject Row { get; }

    public JsonObject Case { get; }

    public JsonObject Expected { get; }

    public string Type => (string?)Row["type"] ?? string.Empty;

    public string Category => (string?)Row["category_engine"] ?? string.Empty;

    public bool IsApiSequence => Type == "api_sequence";

    public bool TimeDependent => (bool?)Row["time_dependent"] ?? false;

    public IEnumerable<string> Features => (Row["features"] as JsonArray ?? []).Select(f => (string?)f ?? string.Empty);

    public IEnumerable<string> Needs => (Row["needs"] as JsonArray ?? []).Select(f => (string?)f ?? string.Empty);

    public string? Template => (string?)Row["template"];

    /// <summary>The day the unit was recorded against AWS (<c>recorded_date</c>, <c>dd-MM-yyyy, HH:mm:ss</c>), if known.</summary>
    public DateOnly? RecordedOn =>
        DateTime.TryParseExact((string?)Case["recorded_date"], "dd-MM-yyyy, HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at)
            ? DateOnly.FromDateTime(at)
            : null;

    public static ConformanceUnit Load(string casesRoot, JsonObject row)
    {
        var dir = (string)row["dir"]!;
        var folder = Path.Combine(casesRoot, dir);
        var caseJson = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "case.json")))!;
        var expected = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))!;
        return new ConformanceUnit(dir, row, caseJson, expected);
    }

    /// <summary>The calls to replay: replay_steps, or all recorded steps for api-sequence-like units.</summary>
    public List<ReplayStep> Steps()
    {
        var source = Case["replay_steps"] as JsonArray ?? Case["steps"] as JsonArray ?? [];
        var steps = new List<ReplayStep>();
        for (var i = 0; i < source.Count; i++)
        {
            var s = (JsonObject)source[i]!;
            steps.Add(new ReplayStep(
                (int?)s["index"] ?? i,
                (string?)s["service"] ?? string.Empty,
                (string?)s["op"] ?? string.Empty,
                PyValue.FromNode(s["params"]) as OrderedDictionary<string, object?> ?? new OrderedDictionary<string, object?>(),
                (bool?)s["expect_error"] ?? false,
                (string?)s["client"],
                s["account"]?.ToString()));
        }

        return steps;
    }
}
