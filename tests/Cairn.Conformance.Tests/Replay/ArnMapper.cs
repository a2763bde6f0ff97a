using System.Text.RegularExpressions;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// Maps ARNs recorded in the request parameters (account 111111111111, us-east-1) to the ARNs the implementation
/// returned for the same resources. Deterministic ARNs map through their canonical form (implementation account
/// and region replaced by the recorded ones); ARNs with generated parts (execution names, map run ids) are matched
/// to the recorded names the origin transformers captured or, failing that, to the first not yet mapped recorded
/// ARN of later steps with the same prefix.
/// </summary>
public sealed partial class ArnMapper
{
    private readonly Dictionary<string, string> _recordedToActual = new(StringComparer.Ordinal);
    private readonly List<ReplayStep> _steps;

    public ArnMapper(List<ReplayStep> steps) => _steps = steps;

    /// <summary>The implementation's account id, learnt from the first ARN it returned.</summary>
    public string AccountId { get; private set; } = Normalisation.StandardTransformers.RecordedAccountId;

    public string? Region { get; private set; }

    public IReadOnlyDictionary<string, string> Mappings => _recordedToActual;

    public void Map(string recorded, string actual) => _recordedToActual.TryAdd(recorded, actual);

    /// <summary>Learns from a successful response of step <paramref name="stepPosition"/> (position in the step list).</summary>
    public void Learn(int stepPosition, object? response, IReadOnlyDictionary<string, string>? generatedNames = null)
    {
        foreach (var arn in ArnsIn(response))
        {
            var parts = arn.Split(':');
            if (parts.Length < 6)
            {
                continue;
            }

            if (AccountId == Normalisation.StandardTransformers.RecordedAccountId && AccountRegex().IsMatch(parts[4]))
            {
                AccountId = parts[4];
            }

            if (Region is null && parts[3].Length > 0)
            {
                Region = parts[3];
            }

            var canonical = Canonical(parts);
            if (_recordedToActual.ContainsKey(canonical) || _recordedToActual.ContainsValue(arn))
            {
                continue;
            }

            if (generatedNames is not null && generatedNames.TryGetValue(arn, out var recordedArn))
            {
                Map(recordedArn, arn);
                continue;
            }

            var later = RecordedArnsAfter(stepPosition).ToList();
            if (later.Contains(canonical))
            {
                Map(canonical, arn);
                continue;
            }

            // State machine, version and alias ARNs have no generated parts: the name comes from the
            // request and a version number counts up, so a different recorded one is another resource.
            if (parts[5] == "stateMachine")
            {
                continue;
            }

            // Generated parts: match on the prefix before the last one or two ':' parts.
            var candidate = FindByPrefix(later, canonical, 1) ?? FindByPrefix(later, canonical, 2);
            if (candidate is not null)
            {
                Map(candidate, arn);
            }
        }
    }

    /// <summary>Returns the parameters with every mapped recorded ARN replaced.</summary>
    public object? Substitute(object? value)
    {
        switch (value)
        {
            case string s:
                if (_recordedToActual.TryGetValue(s, out var exact))
                {
                    return exact;
                }

                foreach (var (recorded, actual) in _recordedToActual.OrderByDescending(m => m.Key.Length))
                {
                    if (recorded != actual && s.Contains(recorded, StringComparison.Ordinal))
                    {
                        s = s.Replace(recorded, actual, StringComparison.Ordinal);
                    }
                }

                return s;
            case List<object?> list:
                return list.Select(Substitute).ToList();
            case OrderedDictionary<string, object?> dict:
                var copy = new OrderedDictionary<string, object?>(dict.Count);
                foreach (var (k, v) in dict)
                {
                    copy[k] = Substitute(v);
                }

                return copy;
            default:
                return value;
        }
    }

    /// <summary>The recorded form of an implementation ARN (recorded partition, region and account).</summary>
    public static string Canonical(string arn) => Canonical(arn.Split(':'));

    private static string Canonical(string[] parts)
    {
        if (parts.Length < 6)
        {
            return string.Join(':', parts);
        }

        var copy = (string[])parts.Clone();
        copy[1] = "aws";
        if (copy[3].Length > 0)
        {
            copy[3] = "us-east-1";
        }

        if (copy[4].Length > 0)
        {
            copy[4] = Normalisation.StandardTransformers.RecordedAccountId;
        }

        return string.Join(':', copy);
    }

    private string? FindByPrefix(List<string> recorded, string canonical, int generatedParts)
    {
        var parts = canonical.Split(':');
        if (parts.Length - generatedParts < 6)
        {
            return null;
        }

        var prefix = string.Join(':', parts[..^generatedParts]) + ":";
        return recorded.FirstOrDefault(r =>
            r.StartsWith(prefix, StringComparison.Ordinal) &&
            r.Split(':').Length == parts.Length &&
            !_recordedToActual.ContainsKey(r));
    }

    private IEnumerable<string> RecordedArnsAfter(int stepPosition)
    {
        for (var i = stepPosition + 1; i < _steps.Count; i++)
        {
            foreach (var arn in ArnsIn(_steps[i].Parameters))
            {
                yield return arn;
            }
        }
    }

    /// <summary>ARN strings in a value: whole strings starting with "arn:" and ARNs embedded in text (definitions, inputs).</summary>
    public static IEnumerable<string> ArnsIn(object? value)
    {
        switch (value)
        {
            case string s:
                if (s.StartsWith("arn:", StringComparison.Ordinal) && !s.Any(char.IsWhiteSpace))
                {
                    yield return s;
                }
                else
                {
                    foreach (Match m in EmbeddedArnRegex().Matches(s))
                    {
                        yield return m.Value;
                    }
                }

                break;
            case List<object?> list:
                foreach (var arn in list.SelectMany(ArnsIn))
                {
                    yield return arn;
                }

                break;
            case OrderedDictionary<string, object?> dict:
                foreach (var arn in dict.Values.SelectMany(ArnsIn))
                {
                    yield return arn;
                }

                break;
        }
    }

    [GeneratedRegex(@"^\d{12}$")]
    private static partial Regex AccountRegex();

    [GeneratedRegex(@"arn:aws[a-zA-Z-]*:[a-zA-Z0-9-]+:[a-z0-9-]*:\d{0,12}:[^""'\s,}\]\\]+")]
    private static partial Regex EmbeddedArnRegex();
}
