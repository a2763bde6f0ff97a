using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>Rebuilds, from the replayed steps, each object the recorded test passed to <c>snapshot.match</c>.</summary>
public sealed class MatchBuilder(ConformanceUnit unit, IReadOnlyList<StepResult> results, ReplayOptions? options = null)
{
    public List<MatchCheck> Build()
    {
        var checks = new List<MatchCheck>();
        if (unit.IsApiSequence || unit.Case["matches"] is JsonArray)
        {
            var snapshot = unit.Expected["snapshot"] as JsonObject;
            foreach (var node in unit.Case["matches"] as JsonArray ?? [])
            {
                var match = (JsonObject)node!;
                var key = (string)match["key"]!;
                var expected = PyValue.FromNode(snapshot?[key]);
                checks.Add(FromMatch(match, expected, whole: true));
            }

            if (checks.Count > 0 || snapshot is not null)
            {
                return checks;
            }
        }

        foreach (var node in unit.Expected["matches"] as JsonArray ?? [])
        {
            var match = (JsonObject)node!;
            var whole = match["snapshot_whole_key"] is not null;
            var expected = PyValue.FromNode(whole ? match["snapshot_whole_key"] : match["snapshot"]);
            checks.Add(FromMatch(match, expected, whole));
        }

        return checks;
    }

    private MatchCheck FromMatch(JsonObject match, object? expected, bool whole)
    {
        var key = (string)match["key"]!;
        var kind = (string?)match["kind"];
        var op = (string?)match["op"];
        var step = ResultOf((int?)match["from_step"]);
        switch (kind)
        {
            case "response":
                return step?.Response is { } response
                    ? new MatchCheck(key, PyValue.DeepClone(response), Identity, expected, null)
                    : Problem(key, expected, step, "a response");
            case "error_response":
                return step?.Error is { } error
                    ? new MatchCheck(key, BotocoreShapes.ErrorResponse(error.Code, error.ApiMessage), Identity, expected, null)
                    : Problem(key, expected, step, "an API error");
            case "error":
                return step?.Error is { } err
                    ? new MatchCheck(key, BotocoreShapes.ExceptionString(step.Step.Operation, err.Code, err.ApiMessage), Identity, expected, null)
                    : Problem(key, expected, step, "an API error");
            case "embedded_error":
                return EmbeddedError(match, key, expected, step, whole);
            case "derived" when match["embedded"] is JsonArray embedded:
                return DerivedTemplate(match, key, expected, embedded);
            case "derived" when match["jsonpath"] is not null:
                return DerivedExtraction(match, key, expected, step);
            default:
                return options?.ServiceMatch?.Invoke(unit, match) is { } observed
                    ? new MatchCheck(key, observed, Identity, expected, null)
                    : throw new UnsupportedUnitException($"match '{key}' of kind {kind} ({op}) cannot be rebuilt");
        }
    }

    private static object? Identity(object? value) => value;

    private StepResult? ResultOf(int? index) =>
        index is null ? null : results.LastOrDefault(r => r.Step.Index == index && r.Step.Service != "_fixture");

    private static MatchCheck Problem(string key, object? expected, StepResult? step, string wanted)
    {
        var got = step switch
        {
            null => "the step was not replayed",
            { Error: { } e } => $"API error {e.Code}: {e.ApiMessage}",
            _ => "a successful response",
        };
        return new MatchCheck(key, null, Identity, expected, $"step {step?.Step.Index} ({step?.Step.Operation}) should have given {wanted}, got {got}");
    }

    private static MatchCheck EmbeddedError(JsonObject match, string key, object? expected, StepResult? step, bool whole)
    {
        if (step?.Error is not { } error)
        {
            return Problem(key, expected, step, "an API error");
        }

        var observed = new OrderedDictionary<string, object?>
        {
            ["exception_typename"] = BotocoreShapes.ExceptionTypeName(error.Code),
            ["exception_value"] = BotocoreShapes.ExceptionString(step.Step.Operation, error.Code, error.ApiMessage),
        };
        var path = match["path"] as JsonArray ?? [];
        return new MatchCheck(key, observed, whole ? Identity : v => AtPath(v, path), expected, null);
    }

    private MatchCheck DerivedTemplate(JsonObject match, string key, object? expected, JsonArray embedded)
    {
        var template = PyValue.FromNode(match["value"]);
        foreach (var node in embedded)
        {
            var spec = (JsonObject)node!;
            var step = ResultOf((int?)spec["from_step"]);
            if ((string?)spec["kind"] != "error")
            {
                throw new UnsupportedUnitException($"embedded {(string?)spec["kind"]} in '{key}'");
            }

            if (step?.Error is not { } error)
            {
                return Problem(key, expected, step, "an API error");
            }

            var path = (JsonArray)spec["path"]!;
            template = Replace(template, path, 0, BotocoreShapes.ExceptionString(step.Step.Operation, error.Code, error.ApiMessage));

            // The recording stood in a generic ClientError; botocore raises the modelled class.
            if (path.Count == 1 && template is OrderedDictionary<string, object?> dict && dict.ContainsKey("exception_typename"))
            {
                dict["exception_typename"] = BotocoreShapes.ExceptionTypeName(error.Code);
            }
        }

        if (PyJson.Dumps(template).Contains("\"$derived\"", StringComparison.Ordinal) || PyJson.Dumps(template).Contains("\"$exception\"", StringComparison.Ordinal))
        {
            throw new UnsupportedUnitException($"match '{key}' has placeholders that cannot be rebuilt");
        }

        return new MatchCheck(key, template, Identity, expected, null);
    }

    private MatchCheck DerivedExtraction(JsonObject match, string key, object? expected, StepResult? step)
    {
        if (step?.Response is not { } response)
        {
            return Problem(key, expected, step, "a response");
        }

        var found = JsonPath.Parse((string)match["jsonpath"]!).Find(response);
        if (found.Count == 0)
        {
            return new MatchCheck(key, null, Identity, expected, $"{(string)match["jsonpath"]!} found nothing in the step {step.Step.Index} response");
        }

        // Rebuild the containing object along `path` (list positions collapse to a single element), with the
        // execution input next to the value as the test had it.
        var path = match["path"] as JsonArray ?? [];
        object? value = PyValue.DeepClone(found[0].Value);
        for (var i = path.Count - 1; i >= 0; i--)
        {
            if (path[i]!.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                value = new List<object?> { value };
            }
            else
            {
                var container = new OrderedDictionary<string, object?>();
                if (i == path.Count - 1 && match["snapshot_sibling_input"] is not null)
                {
                    container["input"] = ExecutionInput() ?? PyValue.FromNode(match["snapshot_sibling_input"]);
                }

                container[(string)path[i]!] = value;
                value = container;
            }
        }

        return new MatchCheck(key, value, v => AtPath(v, path), expected, null);
    }

    private object? ExecutionInput() =>
        results.FirstOrDefault(r => r.Step.Operation == "StartExecution")?.Step.Parameters.GetValueOrDefault("input");

    private static object? AtPath(object? value, JsonArray path)
    {
        foreach (var p in path)
        {
            value = value switch
            {
                List<object?> list when p!.GetValueKind() == System.Text.Json.JsonValueKind.Number => list.Count > 0 ? list[0] : null,
                OrderedDictionary<string, object?> dict => dict.GetValueOrDefault(p!.ToString()),
                _ => null,
            };
        }

        return value;
    }

    private static object? Replace(object? node, JsonArray path, int depth, object? replacement)
    {
        if (depth == path.Count)
        {
            return replacement;
        }

        switch (node)
        {
            case OrderedDictionary<string, object?> dict:
                var k = path[depth]!.ToString();
                dict[k] = Replace(dict.GetValueOrDefault(k), path, depth + 1, replacement);
                return dict;
            case List<object?> list:
                var i = (int)path[depth]!;
                list[i] = Replace(list[i], path, depth + 1, replacement);
                return list;
            default:
                return node;
        }
    }
}
