using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>How one suite case went: passed, or failed with the first difference and what the evaluator produced.</summary>
internal sealed record CaseResult(SuiteCase Case, bool Passed, string? Difference, string Actual, TimeSpan Elapsed)
{
    public string Id => Case.Id;

    public string Group => Case.Group;

    /// <summary>The failure on one line, for the known-failures list and the summary.</summary>
    public string Reason => (Difference ?? "passed").ReplaceLineEndings(" ");

    public string Describe()
    {
        var c = Case;
        var lines = new List<string>
        {
            $"case:       {c.Id} ({(Passed ? "passed" : "FAILED")}, {Elapsed.TotalMilliseconds:0.#} ms)",
            $"expression: {c.Expression.ReplaceLineEndings(" ")}",
            $"input:      {JsonComparison.Show(c.Input, 300)}",
        };
        if (c.Bindings.Count > 0)
        {
            lines.Add($"bindings:   {JsonComparison.Show(JObject.Create(c.Bindings), 300)}");
        }

        if (c.TimeLimitMs is not null || c.Depth is not null)
        {
            lines.Add($"limits:     time {c.TimeLimitMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ms, depth {c.Depth?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        }

        lines.Add($"expected:   {Shorten(c.Expected.Describe(), 600)}");
        lines.Add($"actual:     {Shorten(Actual, 600)}");
        if (!Passed)
        {
            lines.Add($"difference: {Difference}");
        }

        return string.Join('\n', lines);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
