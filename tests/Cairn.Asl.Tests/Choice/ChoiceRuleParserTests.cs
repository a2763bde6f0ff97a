using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Json;
using static Cairn.Asl.Tests.Choice.ChoiceTestKit;

namespace Cairn.Asl.Tests.Choice;

public sealed class ChoiceRuleParserTests
{
    [Fact]
    public void IgnoresTheKeysTheChoiceStateReads()
    {
        var rule = Rule("""{"Variable": "$.n", "NumericEquals": 42, "Assign": {"status": "CORRECT"}, "Next": "FinalState", "Comment": "c"}""");
        var comparison = Assert.IsType<ComparisonRule>(rule);
        Assert.Equal(ComparisonOperator.NumericEquals, comparison.Operator);
        Assert.Equal(JNumber.From(42), comparison.Value);
    }

    [Fact]
    public void KeyOrderDoesNotMatter()
    {
        Assert.True(Evaluate("""{"BooleanEquals": true, "Next": "FinishTrue", "Variable": "$.result.done"}""", """{"result": {"done": true}}"""));
    }

    [Fact]
    public void ParsesEveryOperatorAndItsPathForm()
    {
        foreach (var op in Enum.GetValues<ComparisonOperator>())
        {
            var literal = op switch
            {
                <= ComparisonOperator.StringMatches => "\"a\"",
                <= ComparisonOperator.NumericGreaterThanEquals => "1",
                ComparisonOperator.BooleanEquals => "true",
                _ => "\"2012-10-09T19:00:55Z\"",
            };
            Assert.Equal(op, Assert.IsType<ComparisonRule>(Rule($$"""{"Variable": "$.v", "{{op}}": {{literal}}}""")).Operator);
            if (op != ComparisonOperator.StringMatches)
            {
                var withPath = Assert.IsType<ComparisonRule>(Rule($$"""{"Variable": "$.v", "{{op}}Path": "$.w"}"""));
                Assert.Equal(op, withPath.Operator);
                Assert.Equal("$.w", withPath.ValuePath!.Text);
                Assert.Null(withPath.Value);
            }
        }

        foreach (var test in Enum.GetValues<DataTest>())
        {
            var rule = Assert.IsType<DataTestRule>(Rule($$"""{"Variable": "$.v", "{{test}}": false}"""));
            Assert.Equal(test, rule.Test);
            Assert.False(rule.Expected);
        }
    }

    [Theory]
    [InlineData("""{"Next": "X"}""")]
    [InlineData("""{"Variable": "$.v"}""")]
    [InlineData("""{"Variable": "$.v", "StringEquals": "a", "StringLessThan": "b"}""")]
    [InlineData("""{"Variable": "$.v", "NumericEquals": 1, "IsNull": true}""")]
    [InlineData("""{"Variable": "$.v", "StringEqual": "a"}""")]
    [InlineData("""{"StringEquals": "a"}""")]
    [InlineData("""{"Variable": 1, "StringEquals": "a"}""")]
    [InlineData("""{"Variable": "$.v", "StringEquals": 1}""")]
    [InlineData("""{"Variable": "$.v", "StringEqualsPath": 1}""")]
    [InlineData("""{"And": []}""")]
    [InlineData("""{"And": {"Variable": "$.v", "IsNull": true}}""")]
    [InlineData("""{"Or": [1]}""")]
    [InlineData("""{"Not": [{"Variable": "$.v", "IsNull": true}]}""")]
    [InlineData("""{"Variable": "$.v", "And": [{"Variable": "$.v", "IsNull": true}]}""")]
    [InlineData("""{"And": [{"Variable": "$.v", "IsNull": true}], "Or": [{"Variable": "$.v", "IsNull": true}]}""")]
    [InlineData("""{"Condition": "{% true %}"}""")]
    public void RejectsBadShapes(string json)
    {
        Assert.Throws<AslSyntaxException>(() => Rule(json));
    }

    [Fact]
    public void VariableCanReadTheContextObject()
    {
        var scope = new DataScope(JValue.Parse("""{"Execution": {"Input": {"input-value": 0}}}"""));
        Assert.True(Evaluate("""{"Variable": "$$.Execution.Input.input-value", "NumericLessThanEquals": 0}""", "{}", scope));
    }

    [Fact]
    public void VariableAndPathOperandCanReadWorkflowVariables()
    {
        var scope = new DataScope(JObject.Empty, new Dictionary<string, JValue>
        {
            ["guess"] = new JString("Paris"),
            ["answer"] = new JString("Paris"),
        });
        Assert.True(Evaluate("""{"Variable": "$guess", "StringEqualsPath": "$answer"}""", "{}", scope));
        var failure = Assert.Throws<StatesException>(() => Evaluate("""{"Variable": "$nope", "StringEquals": "x"}""", "{}", scope));
        Assert.Equal("Invalid path '$nope': The choice state's condition path references an invalid value.", failure.Cause);
    }

    [Fact]
    public void ParsesEveryRecordedJsonPathChoiceRule()
    {
        var parsed = 0;
        var root = Path.GetDirectoryName(RecordedChoiceCases.CasesDirectory)!;
        foreach (var file in Directory.EnumerateFiles(root, "definition.json", SearchOption.AllDirectories))
        {
            if (!JValue.TryParse(File.ReadAllText(file), out var definition, out _))
            {
                continue;
            }

            foreach (var rule in JsonPathChoiceRules(definition, "JSONPath"))
            {
                ChoiceRuleParser.Parse(rule);
                parsed++;
            }
        }

        Assert.True(parsed >= RecordedChoiceCases.ExpectedUnitCount);
    }

    private static IEnumerable<JObject> JsonPathChoiceRules(JValue node, string queryLanguage)
    {
        if (node is JArray array)
        {
            return array.SelectMany(item => JsonPathChoiceRules(item, queryLanguage));
        }

        if (node is not JObject obj)
        {
            return [];
        }

        var language = obj["QueryLanguage"] is JString ql ? ql.Value : queryLanguage;
        var own = obj["Type"] is JString { Value: "Choice" } && language == "JSONPath" && obj["Choices"] is JArray choices
            ? choices.OfType<JObject>()
            : [];
        return own.Concat(obj.Members.ToArray().SelectMany(member => JsonPathChoiceRules(member.Value, language)));
    }
}
