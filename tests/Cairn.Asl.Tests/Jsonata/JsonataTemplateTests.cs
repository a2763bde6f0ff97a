using Cairn.Asl.Jsonata;
using Cairn.Json;
using static Cairn.Asl.Tests.Jsonata.JsonataTestKit;

namespace Cairn.Asl.Tests.Jsonata;

/// <summary>JSONata fields: expressions at any depth, $states and variables, and AWS's failures.</summary>
public sealed class JsonataTemplateTests
{
    private static JValue Evaluate(string templateJson, string field = "Output", string inputJson = "{}", string? variablesJson = null, string? resultJson = null)
    {
        var template = JsonataTemplate.Compile(JValue.Parse(templateJson), field);
        return template.Evaluate(new JsonataScope(Scope(variablesJson), JValue.Parse(inputJson), resultJson is null ? null : JValue.Parse(resultJson)));
    }

    [Fact]
    public void Expressions_are_evaluated_at_any_depth()
    {
        var value = Evaluate(
            """{"a":"{% $states.input.x + 1 %}","b":[1,"{% $v %}",{"c":"{% $states.result.r %}"}],"d":"plain","e":"$.x"}""",
            inputJson: """{"x":1}""",
            variablesJson: """{"v":"var"}""",
            resultJson: """{"r":true}""");
        Assert.Equal("""{"a":2,"b":[1,"var",{"c":true}],"d":"plain","e":"$.x"}""", value.ToJson());
    }

    [Fact]
    public void A_template_without_expressions_is_constant()
    {
        var template = JsonataTemplate.Compile(JValue.Parse("""{"a":[1,"{ % not % }"]}"""), "Output");
        Assert.True(template.IsConstant);
        Assert.Null(template.Query);
    }

    [Fact]
    public void A_whole_field_expression_is_its_query()
    {
        var template = JsonataTemplate.Compile(new JString("{%   $states.input   %}"), "Items");
        Assert.Equal("$states.input", template.Query!.Text);
    }

    [Fact]
    public void States_exposes_input_and_context()
    {
        Assert.Equal("\"run-1\"", Eval("$states.context.Execution.Name"));
        Assert.Equal("[1,2]", Eval("$states.input.items", """{"items":[1,2]}"""));
    }

    [Fact]
    public void Result_is_only_there_when_given() =>
        Assert.Throws<StatesException>(() => Evaluate("\"{% $states.result %}\""));

    [Fact]
    public void Undefined_names_the_field_where_it_happened()
    {
        var e = Assert.Throws<StatesException>(() => Evaluate("""{"result":"{% $doesNotExist %}"}""", "Assign"));
        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.Equal("The JSONata expression '$doesNotExist' specified for the field 'Assign/result' returned nothing (undefined).", e.Cause);
        Assert.Equal("Assign/result", e.Location);
    }

    [Fact]
    public void Array_items_are_named_by_index()
    {
        var e = Assert.Throws<StatesException>(() => Evaluate("""{"list":[1,"{% $nothing %}"]}"""));
        Assert.Equal("Output/list[1]", e.Location);
    }

    [Fact]
    public void A_function_is_not_a_json_value()
    {
        var e = Assert.Throws<StatesException>(() => Evaluate("\"{% $fn := function($x){$x} %}\"", "Items"));
        Assert.Equal("The JSONata expression '$fn := function($x){$x}' specified for the field 'Items' returned an unsupported result type.", e.Cause);
    }

    [Fact]
    public void A_failing_expression_reports_the_jsonata_error()
    {
        var e = Assert.Throws<StatesException>(() => Evaluate("\"{% $number('x') %}\""));
        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.StartsWith("The JSONata expression '$number('x')' specified for the field 'Output' threw an error during evaluation. D3030: ", e.Cause);
    }

    [Fact]
    public void Invalid_jsonata_does_not_compile() =>
        Assert.Throws<AslSyntaxException>(() => JsonataTemplate.Compile(JValue.Parse("""{"a":"{% 1 + %}"}"""), "Output"));

    [Theory]
    [InlineData("{% 1 %}", true)]
    [InlineData("{%1%}", true)]
    [InlineData("{% 1", false)]
    [InlineData(" {% 1 %}", false)]
    [InlineData("{%}", false)]
    public void An_expression_is_wrapped_in_delimiters(string text, bool expected) => Assert.Equal(expected, JsonataQuery.IsExpression(text));
}
