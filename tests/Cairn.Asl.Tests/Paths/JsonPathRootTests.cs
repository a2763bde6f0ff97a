using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathRootTests
{
    private static readonly DataScope Scope = new(
        JValue.Parse("""{"Execution":{"Id":"arn:x","Input":{"a":1,"input-value":[5,6]}},"Map":{"Item":{"Index":0,"Value":{"k":"v"}}}}"""),
        new Dictionary<string, JValue>
        {
            ["x"] = JValue.Parse("""{"y":[10,20]}"""),
            ["n"] = JNumber.From(42),
            ["arr"] = JValue.Parse("[1,2,3]"),
        });

    private static JValue Input => JValue.Parse("""{"a":"input"}""");

    private static string? Eval(string path) =>
        JsonPath.Parse(path).TryEvaluate(Input, Scope, out var result) ? result.ToJson() : null;

    [Fact]
    public void Dollar_alone_returns_the_input_itself()
    {
        var input = Input;
        Assert.True(JsonPath.Parse("$").TryEvaluate(input, Scope, out var result));
        Assert.Same(input, result);
    }

    [Theory]
    [InlineData("$.a", "\"input\"")]
    [InlineData("$$.Execution.Id", "\"arn:x\"")]
    [InlineData("$$.Execution.Input.a", "1")]
    [InlineData("$$.Execution.Input.input-value[1]", "6")]
    [InlineData("$$.Map.Item.Value", "{\"k\":\"v\"}")]
    [InlineData("$$['Map']['Item'].Index", "0")]
    [InlineData("$x", "{\"y\":[10,20]}")]
    [InlineData("$x.y", "[10,20]")]
    [InlineData("$x.y[0]", "10")]
    [InlineData("$x['y'][-1]", "20")]
    [InlineData("$n", "42")]
    [InlineData("$arr[1:]", "[2,3]")]
    [InlineData("$arr[?(@ > 1)]", "[2,3]")]
    [InlineData("$arr.length()", "3")]
    [InlineData("$$..Index", "[0]")]
    public void Roots(string path, string expected) => Assert.Equal(expected, Eval(path));

    [Fact]
    public void Dollar_dollar_alone_returns_the_context_object()
    {
        Assert.True(JsonPath.Parse("$$").TryEvaluate(Input, Scope, out var result));
        Assert.Same(Scope.ContextObject, result);
    }

    [Theory]
    [InlineData("$undefined")]
    [InlineData("$undefined.a")]
    [InlineData("$undefined[*]")]
    [InlineData("$x.z")]
    [InlineData("$n.a")]
    [InlineData("$$.Nope")]
    public void Missing_variables_and_members_fail(string path) => Assert.Null(Eval(path));

    [Fact]
    public void Filter_dollar_refers_to_the_evaluated_document()
    {
        var scope = new DataScope(JObject.Empty, new Dictionary<string, JValue> { ["v"] = JValue.Parse("""{"max":2,"items":[1,2,3]}""") });
        Assert.True(JsonPath.Parse("$v.items[?(@ <= $.max)]").TryEvaluate(JObject.Empty, scope, out var result));
        Assert.Equal("[1,2]", result.ToJson());
    }
}
