using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// Compiles a JSONPath Choice rule object into an immutable <see cref="ChoiceRule"/>. The keys a
/// Choice state reads itself (Next, Assign, Comment) are ignored, so the same parser serves
/// top-level and nested rules. Shape errors throw <see cref="AslSyntaxException"/>; the validator
/// reports them first with AWS's diagnostics, so these messages are a last resort.
/// </summary>
public static class ChoiceRuleParser
{
    private static readonly Dictionary<string, (ComparisonOperator Operator, bool IsPath)> Comparisons = BuildComparisons();

    private static readonly Dictionary<string, DataTest> DataTests =
        Enum.GetValues<DataTest>().ToDictionary(t => t.ToString(), StringComparer.Ordinal);

    public static ChoiceRule Parse(JObject rule)
    {
        JValue? variable = null;
        string? operatorName = null;
        JValue? operand = null;
        foreach (var member in rule.Members)
        {
            switch (member.Key)
            {
                case "Next" or "Assign" or "Comment":
                    continue;
                case "Variable":
                    variable = member.Value;
                    continue;
            }

            if (operatorName is not null)
            {
                throw new AslSyntaxException($"A Choice rule has both '{operatorName}' and '{member.Key}'; it must have exactly one operator.");
            }

            operatorName = member.Key;
            operand = member.Value;
        }

        if (operatorName is null || operand is null)
        {
            throw new AslSyntaxException("A Choice rule must have exactly one operator.");
        }

        switch (operatorName)
        {
            case "And" or "Or" or "Not":
                if (variable is not null)
                {
                    throw new AslSyntaxException($"A Choice rule with '{operatorName}' must not have a 'Variable'.");
                }

                return ParseBoolean(operatorName, operand);
            case "Condition":
                throw new AslSyntaxException("'Condition' is a JSONata Choice rule, not a JSONPath one.");
        }

        var path = ParseVariable(variable, operatorName);
        if (DataTests.TryGetValue(operatorName, out var test))
        {
            return operand is JBool expected
                ? new DataTestRule(path, test, expected.Value)
                : throw new AslSyntaxException($"'{operatorName}' must be a boolean.");
        }

        if (!Comparisons.TryGetValue(operatorName, out var comparison))
        {
            throw new AslSyntaxException($"'{operatorName}' is not a Choice rule operator.");
        }

        if (comparison.IsPath)
        {
            return operand is JString valuePath
                ? new ComparisonRule(path, comparison.Operator, null, JsonPath.Parse(valuePath.Value))
                : throw new AslSyntaxException($"'{operatorName}' must be a path string.");
        }

        var kind = ComparisonRule.OperandKind(comparison.Operator);
        return operand.Kind == kind
            ? new ComparisonRule(path, comparison.Operator, operand, null)
            : throw new AslSyntaxException($"'{operatorName}' must be a {kind.ToString().ToLowerInvariant()}.");
    }

    private static ChoiceRule ParseBoolean(string name, JValue operand)
    {
        if (name == "Not")
        {
            return operand is JObject nested
                ? new NotRule(Parse(nested))
                : throw new AslSyntaxException("'Not' must be a Choice rule object.");
        }

        if (operand is not JArray array || array.Count == 0)
        {
            throw new AslSyntaxException($"'{name}' must be a non-empty array of Choice rules.");
        }

        var rules = new ChoiceRule[array.Count];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = array[i] is JObject nested
                ? Parse(nested)
                : throw new AslSyntaxException($"Each element of '{name}' must be a Choice rule object.");
        }

        return name == "And" ? new AndRule(rules) : new OrRule(rules);
    }

    private static JsonPath ParseVariable(JValue? variable, string operatorName) => variable switch
    {
        JString text => JsonPath.Parse(text.Value),
        null => throw new AslSyntaxException($"A Choice rule with '{operatorName}' needs a 'Variable'."),
        _ => throw new AslSyntaxException("'Variable' must be a path string."),
    };

    private static Dictionary<string, (ComparisonOperator, bool)> BuildComparisons()
    {
        var table = new Dictionary<string, (ComparisonOperator, bool)>(StringComparer.Ordinal);
        foreach (var op in Enum.GetValues<ComparisonOperator>())
        {
            table.Add(op.ToString(), (op, false));

            // StringMatches is the one operator without a path form.
            if (op != ComparisonOperator.StringMatches)
            {
                table.Add(op + "Path", (op, true));
            }
        }

        return table;
    }
}
