using System.Globalization;
using System.Text.Json.Nodes;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>manifest.json of the recorded corpus.</summary>
public sealed class ConformanceManifest
{
    public const string DefaultRoot = "/work/shared/conformance/aws-recorded";

    /// <summary>Environment variable that overrides where the corpus lives.</summary>
    public const string RootVariable = "CAIRN_AWS_RECORDED_DIR";

    private ConformanceManifest(string root, JsonObject manifest)
    {
        Root = root;
        Rows = ((JsonArray)manifest["units"]!).Select(u => (JsonObject)u!).ToList();
        var now = (string?)manifest["summary"]?["time_dependent_reference_now"];
        ReferenceNow = now is null
            ? null
            : DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public string Root { get; }

    public IReadOnlyList<JsonObject> Rows { get; }

    /// <summary>Wall-clock time at which time-dependent inputs were computed.</summary>
    public DateTimeOffset? ReferenceNow { get; }

    public static string? LocateRoot()
    {
        var candidate = Environment.GetEnvironmentVariable(RootVariable);
        if (string.IsNullOrWhiteSpace(candidate))
        {
            candidate = DefaultRoot;
        }

        return File.Exists(Path.Combine(candidate, "manifest.json")) ? candidate : null;
    }

    public static ConformanceManifest Load(string root) =>
        new(root, (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(root, "manifest.json")))!);

    public IEnumerable<ConformanceUnit> Select(ConformanceSelection selection) =>
        Rows.Where(selection.Includes).Select(row => ConformanceUnit.Load(Path.Combine(Root, "cases"), row));

    public ConformanceUnit Unit(string dir) =>
        ConformanceUnit.Load(Path.Combine(Root, "cases"), Rows.Single(r => (string?)r["dir"] == dir));
}
