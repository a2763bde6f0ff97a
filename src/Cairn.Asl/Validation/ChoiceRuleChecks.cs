using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Choice rules. JSONPath: exactly one of And, Or, Not or Variable (with exactly one comparison
/// operator of the right value type). JSONata: a Condition. Only top-level rules carry Next (and
/// Assign/Output); nested rules inside And/Or/Not must not.
/// </summary>
internal static class ChoiceRuleChecks
{
    private static readonly string[] Combinators = ["And", "Or", "Not", "Variable"];

    private static readonly string[] TypeTests = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"];

    private static readonly string[] ValueKinds = ["String", "Numeric", "Boolean", "Timestamp"];

    private static readonly string[] Relations = ["Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"];

    /// <summary>Every comparison operator: String/Numeric/Timestamp relations (and their Path forms), BooleanEquals(Path), StringMatches, type tests.</summary>
    private static readonly string[] Operators = BuildOperators();

    public static void ValidateJsonPathRule(ValidationContext ctx, JValue value, string at, bool topLevel)
    {
        if (value is not JObject rule)
        {
            ctx.Error(at, ValidationMessages.ExpectedObject);
            return;
        }

        ctx.RejectUnknownFields(rule, at, f =>
            f == "Comment" || Array.IndexOf(Combinators, f) >= 0 || Array.IndexOf(Operators, f) >= 0 || (topLevel && f is "Next" or "Assign"));

        if (topLevel)
        {
            ctx.RequireFields(rule, at, "Next");
            FieldChecks.String(ctx, rule, "Next", at);
            FieldChecks.Object(ctx, rule, "Assign", at);
            PayloadTemplateChecks.JsonPathTemplate(ctx, rule, "Assign", at);
        }

        var combinators = Combinators.Count(rule.ContainsKey);
        if (combinators != 1)
        {
            ctx.Error(at, combinators == 0 ? ValidationMessages.ExactlyOneOf(Combinators) : ValidationMessages.OnlyOneOf(Combinators));
            return;
        }

        if (rule.TryGetValue("And", out var and))
        {
            ValidateRuleList(ctx, and, JsonPointer.Child(at, "And"));
        }
        else if (rule.TryGetValue("Or", out var or))
        {
            ValidateRuleList(ctx, or, JsonPointer.Child(at, "Or"));
        }
        else if (rule.TryGetValue("Not", out var not))
        {
            ValidateJsonPathRule(ctx, not, JsonPointer.Child(at, "Not"), topLevel: false);
        }
        else
        {
            ValidateComparison(ctx, rule, at);
        }
    }

    public static void ValidateJsonataRule(ValidationContext ctx, JValue value, string at)
    {
        if (value is not JObject rule)
        {
            ctx.Error(at, ValidationMessages.ExpectedObject);
            return;
        }

        ctx.RejectUnknownFields(rule, at, f => f is "Condition" or "Next" or "Assign" or "Output" or "Comment");
        ctx.RequireFields(rule, at, "Condition", "Next");
        FieldChecks.String(ctx, rule, "Next", at);
        FieldChecks.Object(ctx, rule, "Assign", at);
        PayloadTemplateChecks.JsonataTemplate(ctx, rule, "Assign", at);
        PayloadTemplateChecks.JsonataTemplate(ctx, rule, "Output", at);
        if (rule.TryGetValue("Condition", out var condition) && condition is not JBool
            && !(condition is JString s && FieldChecks.IsValidJsonata(s.Value)))
        {
            ctx.Error(JsonPointer.Child(at, "Condition"), ValidationMessages.InvalidJsonata("Condition"));
        }
    }

    private static void ValidateRuleList(ValidationContext ctx, JValue value, string at)
    {
        if (value is not JArray rules)
        {
            ctx.Error(at, ValidationMessages.ExpectedArray);
            return;
        }

        if (rules.Count == 0)
        {
            ctx.Error(at, ValidationMessages.CannotBeEmpty);
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            ValidateJsonPathRule(ctx, rules[i], JsonPointer.Child(at, i), topLevel: false);
        }
    }

    private static void ValidateComparison(ValidationContext ctx, JObject rule, string at)
    {
        FieldChecks.Path(ctx, rule, "Variable", at);
        var operators = Operators.Where(rule.ContainsKey).ToList();
        if (operators.Count != 1)
        {
            ctx.Error(at, operators.Count == 0 ? ValidationMessages.ExactlyOneOf(Operators) : ValidationMessages.OnlyOneOf(Operators));
            return;
        }

        var op = operators[0];
        var operand = rule[op]!;
        var operandAt = JsonPointer.Child(at, op);
        if (op.EndsWith("Path", StringComparison.Ordinal))
        {
            FieldChecks.Path(ctx, rule, op, at);
        }
        else if (Array.IndexOf(TypeTests, op) >= 0 || op == "BooleanEquals")
        {
            if (operand is not JBool)
            {
                ctx.Error(operandAt, ValidationMessages.ExpectedBoolean);
            }
        }
        else if (op.StartsWith("Numeric", StringComparison.Ordinal))
        {
            if (operand is not JNumber)
            {
                ctx.Error(operandAt, ValidationMessages.ExpectedNumber);
            }
        }
        else if (operand is not JString text)
        {
            ctx.Error(operandAt, ValidationMessages.ExpectedString);
        }
        else if (op.StartsWith("Timestamp", StringComparison.Ordinal) && !WaitStateChecks.IsRfc3339(text.Value))
        {
            ctx.Error(operandAt, ValidationMessages.InvalidTimestamp);
        }
    }

    private static string[] BuildOperators()
    {
        var all = new List<string>();
        foreach (var kind in ValueKinds)
        {
            foreach (var relation in kind == "Boolean" ? ["Equals"] : Relations)
            {
                all.Add(kind + relation);
                all.Add(kind + relation + "Path");
            }
        }

        all.Add("StringMatches");
        all.AddRange(TypeTests);
        return all.ToArray();
    }
}
