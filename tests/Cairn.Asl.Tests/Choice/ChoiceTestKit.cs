using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Tests.Choice;

internal static class ChoiceTestKit
{
    public static ChoiceRule Rule(string json) => ChoiceRuleParser.Parse((JObject)JValue.Parse(json));

    public static bool Evaluate(string ruleJson, string inputJson, IDataScope? scope = null) =>
        Rule(ruleJson).Evaluate(JValue.Parse(inputJson), scope ?? DataScope.Empty);

    /// <summary>A rule <c>{"Variable": "$.v", op: operand}</c> evaluated on <c>{"v": value}</c>.</summary>
    public static bool Compare(string op, string operandJson, string valueJson) =>
        Evaluate($$"""{"Variable": "$.v", "{{op}}": {{operandJson}}}""", $$"""{"v": {{valueJson}}}""");

    /// <summary>A rule <c>{"Variable": "$.v", opPath: "$.w"}</c> evaluated on <c>{"v": value, "w": other}</c>.</summary>
    public static bool ComparePaths(string op, string valueJson, string otherJson) =>
        Evaluate($$"""{"Variable": "$.v", "{{op}}Path": "$.w"}""", $$"""{"v": {{valueJson}}, "w": {{otherJson}}}""");

    public static string Quote(string text) => JsonWriter.QuoteString(text);
}
