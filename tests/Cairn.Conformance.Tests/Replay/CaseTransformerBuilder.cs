using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// Builds the full transformer list of a unit (preamble, the test's own <c>transformers[]</c>, base transformers),
/// taking origin values (state machine / execution names, map run ids, dynamic values) from the implementation's
/// own responses.
/// </summary>
public sealed class CaseTransformerBuilder(ConformanceUnit unit, IReadOnlyList<StepResult> results, string implementationAccountId)
{
    public Func<string, string>? PatternRewrite { get; init; }

    public List<(ISnapshotTransformer Transformer, int Priority)> Build()
    {
        var list = new List<(ISnapshotTransformer, int)>();
        var presets = (unit.Case["transformer_presets"] as JsonArray ?? []).Select(p => (string?)p ?? string.Empty).ToList();
        list.AddRange(StandardTransformers.Preamble(presets).Select(t => (t, 0)));
        foreach (var node in unit.Case["transformers"] as JsonArray ?? [])
        {
            var spec = (JsonObject)node!;
            var priority = (int?)spec["priority"] ?? 0;
            list.AddRange(FromSpec(spec).Select(t => (t, priority)));
        }

        list.AddRange(StandardTransformers.Base(implementationAccountId).Select(t => (t, 2)));
        return list;
    }

    /// <summary>The recorded execution ARN for one the implementation returned, from the origin transformers.</summary>
    public static string? RecordedExecutionArn(ConformanceUnit unit, ReplayStep step, string actualArn)
    {
        var parts = ArnMapper.Canonical(actualArn).Split(':');
        var changed = false;
        foreach (var node in unit.Case["transformers"] as JsonArray ?? [])
        {
            var spec = (JsonObject)node!;
            if ((int?)spec["from_step"] != step.Index || (string?)spec["pattern"] is not { } pattern)
            {
                continue;
            }

            var replacement = (string?)spec["replacement"] ?? string.Empty;
            switch ((string?)spec["origin"])
            {
                case "sfn_sm_exec_arn":
                    parts[^1] = pattern;
                    changed = true;
                    break;
                case "sfn_sm_express_exec_arn" or "sfn_sm_sync_exec_arn" when parts.Length >= 8:
                    parts[replacement.Contains("Part1", StringComparison.Ordinal) ? ^2 : ^1] = pattern;
                    changed = true;
                    break;
            }
        }

        return changed ? string.Join(':', parts) : null;
    }

    private StepResult? ResultOf(int? index) =>
        index is null ? null : results.LastOrDefault(r => r.Step.Index == index && r.Step.Service == "stepfunctions");

    private IEnumerable<ISnapshotTransformer> FromSpec(JsonObject spec)
    {
        var kind = (string?)spec["kind"];
        switch (kind)
        {
            case "regex":
                yield return new RegexTransformer(RegexPattern(spec), (string)spec["replacement"]!);
                break;
            case "regex_dynamic":
                if (DynamicValue((JsonObject)spec["value_from"]!) is { } dynamicPattern)
                {
                    yield return new RegexTransformer(dynamicPattern, (string)spec["replacement"]!);
                }

                break;
            case "sfn_map_run_arn_all":
                var arns = MapRunArns();
                for (var i = 0; i < arns.Count; i++)
                {
                    foreach (var t in MapRunTransformers(arns[i], i))
                    {
                        yield return t;
                    }
                }

                break;
            case "sfn_map_run_arn":
                var index = (int?)spec["index"] ?? 0;
                var all = MapRunArns();
                if (index < all.Count)
                {
                    foreach (var t in MapRunTransformers(all[index], index))
                    {
                        yield return t;
                    }
                }

                break;
            case "jsonpath":
                yield return new JsonPathTransformer((string)spec["jsonpath"]!, (string)spec["replacement"]!, (bool?)spec["replace_reference"] ?? true);
                break;
            case "key_value":
                var key = (string)spec["key"]!;
                yield return new KeyValueTransformer(
                    (k, v) => k == key && v is not null && !(v is string { Length: 0 }) ? v : null,
                    (string?)spec["replacement"] ?? key,
                    (bool?)spec["replace_reference"] ?? true);
                break;
            case "preset" when (string?)spec["name"] == "resource_name":
                yield return StandardTransformers.ResourceName();
                break;
            case "preset" when ServicePresets.Of((string?)spec["name"]) is { } preset:
                foreach (var t in preset)
                {
                    yield return t;
                }

                break;
            case "sfn_parallel_events_normalise":
                yield return new ParallelEventsNormaliser((string?)spec["events_jsonpath"] ?? "$..events");
                break;
            case "generic_fn" when ((string?)spec["fn"] ?? string.Empty).EndsWith("_convert_output_to_json", StringComparison.Ordinal):
                yield return new ConvertOutputToJsonTransformer();
                break;
            case "custom" when (string?)spec["class"] == "_SfnSortVariableReferences":
                yield return new SortVariableReferencesTransformer();
                break;
            case "remove_key":
                yield return new RemoveKeyTransformer((string)spec["key"]!);
                break;
            case "skip_key":
                var keyRegex = PyRegex.CompileMatch((string)spec["pattern"]!);
                yield return new KeyValueTransformer((k, v) => keyRegex.IsMatch(k) ? v : null, (string)spec["replacement"]!, replaceReference: false);
                break;
            case "replace_value":
                var valueRegex = PyRegex.CompileMatch((string)spec["pattern"]!);
                yield return new KeyValueTransformer((_, v) => v is string s && valueRegex.IsMatch(s) ? v : null, (string)spec["replacement"]!, replaceReference: false);
                break;
            default:
                throw new UnsupportedUnitException($"transformer {kind} {spec["name"] ?? spec["class"] ?? spec["fn"]}");
        }
    }

    private string RegexPattern(JsonObject spec)
    {
        var pattern = (string)spec["pattern"]!;
        var replacement = (string?)spec["replacement"];
        if (replacement == "<timestamp>" && PatternRewrite is not null)
        {
            pattern = PatternRewrite(pattern);
        }

        var origin = (string?)spec["origin"];
        if (origin is null || ResultOf((int?)spec["from_step"])?.Response is not { } response)
        {
            // Origins of other units of the same test: their recorded values are harmless here.
            return pattern;
        }

        switch (origin)
        {
            case "sfn_sm_create_arn" when response.GetValueOrDefault("stateMachineArn") is string smArn:
                return smArn[(smArn.LastIndexOf(':') + 1)..];
            case "sfn_sm_exec_arn" when response.GetValueOrDefault("executionArn") is string execArn:
                return execArn[(execArn.LastIndexOf(':') + 1)..];
            case "sfn_sm_express_exec_arn" or "sfn_sm_sync_exec_arn" when response.GetValueOrDefault("executionArn") is string expressArn:
                var parts = expressArn.Split(':');
                return replacement is not null && replacement.Contains("Part1", StringComparison.Ordinal) ? parts[^2] : parts[^1];
            default:
                return pattern;
        }
    }

    private string? DynamicValue(JsonObject valueFrom)
    {
        if (ResultOf((int?)valueFrom["from_step"])?.Response is not { } response)
        {
            return null;
        }

        var pieces = ((string)valueFrom["jsonpath"]!).Split('|');
        var match = JsonPath.Parse(pieces[0]).Find(response).FirstOrDefault();
        object? value = match?.Value;
        for (var i = 1; i < pieces.Length && value is not null; i++)
        {
            var piece = pieces[i].Trim();
            if (piece == "fromjson")
            {
                value = value is string s && PyJson.TryParse(s, out var parsed) ? parsed : null;
            }
            else if (piece.StartsWith('.'))
            {
                value = value is OrderedDictionary<string, object?> d ? d.GetValueOrDefault(piece[1..]) : null;
            }
        }

        return value as string;
    }

    private List<string> MapRunArns()
    {
        var found = new List<string>();
        var path = JsonPath.Parse("$..mapRunArn");
        foreach (var result in results.Where(r => r.Response is not null))
        {
            foreach (var m in path.Find(result.Response))
            {
                if (m.Value is string arn && !found.Contains(arn))
                {
                    found.Add(arn);
                }
            }
        }

        return found;
    }

    private static IEnumerable<ISnapshotTransformer> MapRunTransformers(string arn, int index)
    {
        var parts = arn.Split('/')[^1].Split(':');
        if (parts.Length < 2)
        {
            yield break;
        }

        yield return new RegexTransformer(parts[1], $"<MapRunArnPart1_{index}idx>");
        if (PyRegex.CompileMatch(StandardTransformers.UuidPattern).IsMatch(parts[0]))
        {
            yield return new RegexTransformer(parts[0], $"<MapRunArnPart0_{index}idx>");
        }
    }
}
