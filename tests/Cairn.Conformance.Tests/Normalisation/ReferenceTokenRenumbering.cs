using System.Text.RegularExpressions;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Rewrites reference tokens (<c>&lt;uuid:3&gt;</c>, <c>&lt;ExecArnPart_2idx&gt;</c>, ...) to numbers in order of first
/// appearance in <c>json.dumps(obj, sort_keys=True)</c>, per token name. A unit's numbers legitimately differ from
/// the recording (they depend on the other units of the test and on set order); applied to both sides this keeps
/// only what matters: which values are the same.
/// </summary>
public static partial class ReferenceTokenRenumbering
{
    public static object? Renumber(object? value)
    {
        var text = PyJson.Dumps(value, sortKeys: true);
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in TokenPattern().Matches(text))
        {
            if (mapping.ContainsKey(m.Value))
            {
                continue;
            }

            var (name, kind) = m.Groups["name"].Success ? (m.Groups["name"].Value, 0) : (m.Groups["prefix"].Value, 1);
            var counterKey = kind + name;
            var next = counters.GetValueOrDefault(counterKey, 0) + 1;
            counters[counterKey] = next;
            mapping[m.Value] = kind == 0 ? $"<{name}:{next}>" : $"<{name}{next}idx>";
        }

        return mapping.Count == 0 ? value : Rewrite(value, mapping);
    }

    private static object? Rewrite(object? value, Dictionary<string, string> mapping)
    {
        switch (value)
        {
            case string s:
                return TokenPattern().Replace(s, m => mapping.GetValueOrDefault(m.Value, m.Value));
            case List<object?> list:
                return list.Select(item => Rewrite(item, mapping)).ToList();
            case OrderedDictionary<string, object?> dict:
                var copy = new OrderedDictionary<string, object?>(dict.Count);
                foreach (var (k, v) in dict)
                {
                    copy[TokenPattern().Replace(k, m => mapping.GetValueOrDefault(m.Value, m.Value))] = Rewrite(v, mapping);
                }

                return copy;
            default:
                return value;
        }
    }

    // <name:N> reference tokens and <Prefix_Nidx> index tokens of the origin/map-run transformers.
    [GeneratedRegex(@"<(?:(?<name>[^<>:""]+):\d+|(?<prefix>[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*?_?)\d+idx)>")]
    private static partial Regex TokenPattern();
}
