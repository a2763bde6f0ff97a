using Cairn.Json;
using Cairn.Jsonata.Tests.Conformance;

namespace Cairn.Jsonata.Tests.Differential;

/// <summary>
/// Replays tables of generated expressions with the outcomes the reference implementation
/// (jsonata-js) gave for them, written by <c>bench/compare/jsonata/differential.mjs --record</c>:
/// the parent operator <c>%</c> in every position (after paths, in predicates, blocks, constructors,
/// function arguments, sort and group-by terms, focus and index bindings, one level too many), and
/// date/time pictures with malformed markers (whole-picture errors before the errors of a marker).
/// </summary>
public sealed class DifferentialTableTests
{
    [Theory]
    [InlineData("parent-operator.json")]
    [InlineData("date-time-pictures.json")]
    public void Cairn_agrees_with_the_reference_on_every_recorded_expression(string table)
    {
        var root = SuiteLocation.LocateRoot();
        Assert.True(root is not null, SuiteLocation.NotFoundMessage);
        var datasets = new DatasetCache(Path.Combine(root, "datasets"));
        var file = Path.Combine(AppContext.BaseDirectory, "Differential", table);
        var cases = ((JArray)((JObject)JValue.Parse(File.ReadAllText(file)))["cases"]!).Items;
        Assert.True(cases.Length >= 300, $"{table} holds only {cases.Length} cases");

        var failures = new List<string>();
        foreach (var entry in cases)
        {
            var c = (JObject)entry;
            var expr = ((JString)c["expr"]!).Value;
            var input = c["dataset"] is JString dataset ? datasets.Get(dataset.Value) : null;
            if (Disagreement((JObject)c["reference"]!, expr, input) is { } problem)
            {
                failures.Add($"{expr}: {problem}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} disagree:\n" + string.Join('\n', failures.Take(20)));
    }

    private static string? Disagreement(JObject reference, string expr, JValue? input)
    {
        JValue? result;
        try
        {
            result = JsonataExpression.Compile(expr).Evaluate(input);
        }
        catch (JsonataException e)
        {
            return reference["error"] is JObject error && ((JString)error["code"]!).Value == e.Code
                ? null
                : $"expected {reference.ToJson()}, got error {e.Code}: {e.Message}";
        }

        if (reference.ContainsKey("undefined"))
        {
            return result is null ? null : $"expected undefined, got {result.ToJson()}";
        }

        if (reference["result"] is not { } expected)
        {
            return $"expected {reference.ToJson()}, got {(result is null ? "undefined" : result.ToJson())}";
        }

        return result is null ? "expected a value, got undefined" : JsonComparison.FirstDifference(expected, result);
    }
}
