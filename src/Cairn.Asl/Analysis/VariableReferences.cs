using System.Text.RegularExpressions;
using Cairn.Json;

namespace Cairn.Asl.Analysis;

/// <summary>
/// The variables each state reads, as DescribeStateMachine reports them in
/// <c>variableReferences</c>: state name → sorted variable names. States of nested machines
/// (Parallel branches, Map item processors) are listed under their own names.
/// </summary>
public static partial class VariableReferences
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Collect(JObject definition)
    {
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        CollectMachine(definition, result);
        return result;
    }

    private static void CollectMachine(JObject machine, SortedDictionary<string, IReadOnlyList<string>> result)
    {
        if (machine["States"] is not JObject states)
        {
            return;
        }

        foreach (var (name, value) in states.Members)
        {
            if (value is not JObject state)
            {
                continue;
            }

            var names = new SortedSet<string>(StringComparer.Ordinal);
            CollectValue(state, names, isExpression: false, topLevel: true, result);
            if (names.Count > 0)
            {
                result[name] = names.ToArray();
            }
        }
    }

    private static void CollectValue(JValue value, SortedSet<string> names, bool isExpression, bool topLevel, SortedDictionary<string, IReadOnlyList<string>> result)
    {
        switch (value)
        {
            case JString s when isExpression:
                foreach (Match m in VariablePattern().Matches(s.Value))
                {
                    names.Add(m.Groups[1].Value);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    CollectValue(item, names, isExpression, false, result);
                }

                break;
            case JObject obj:
                foreach (var (key, member) in obj.Members)
                {
                    if (topLevel && key is "Branches" && member is JArray branches)
                    {
                        foreach (var branch in branches)
                        {
                            if (branch is JObject b)
                            {
                                CollectMachine(b, result);
                            }
                        }

                        continue;
                    }

                    if (topLevel && key is "ItemProcessor" or "Iterator" && member is JObject processor)
                    {
                        CollectMachine(processor, result);
                        continue;
                    }

                    CollectValue(member, names, IsExpressionField(key), false, result);
                }

                break;
        }
    }

    /// <summary>Fields whose string values are paths or intrinsic calls.</summary>
    private static bool IsExpressionField(string key) =>
        key.EndsWith(".$", StringComparison.Ordinal) || key.EndsWith("Path", StringComparison.Ordinal) || key == "Variable";

    /// <summary><c>$name</c> at the start of a path or an intrinsic argument (not <c>$</c> or <c>$$</c>).</summary>
    [GeneratedRegex(@"(?<![\w$])\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariablePattern();
}
