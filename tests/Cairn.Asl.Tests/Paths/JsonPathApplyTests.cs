using Cairn.Asl.Paths;
using Cairn.Json;
using static Cairn.Asl.Tests.Paths.PathTestHelpers;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathApplyTests
{
    private static string Apply(string path, string target, string value) =>
        JsonPath.Parse(path).Apply(JValue.Parse(Canonical(target)), JValue.Parse(Canonical(value))).ToJson();

    [Theory]
    [InlineData("$", "{'a':1}", "{'r':2}", "{'r':2}")]
    [InlineData("$", "{'a':1}", "5", "5")]
    [InlineData("$.r", "{'a':1}", "2", "{'a':1,'r':2}")]
    [InlineData("$.a", "{'a':1,'b':2}", "3", "{'a':3,'b':2}")]
    [InlineData("$['a b']", "{}", "3", "{'a b':3}")]
    [InlineData("$.x.y.z", "{'a':1}", "true", "{'a':1,'x':{'y':{'z':true}}}")]
    [InlineData("$.x.y", "{'x':{'k':1}}", "null", "{'x':{'k':1,'y':null}}")]
    [InlineData("$.arr[1]", "{'arr':[1,2,3]}", "'b'", "{'arr':[1,'b',3]}")]
    [InlineData("$.arr[0].v", "{'arr':[{'v':1,'w':2}]}", "9", "{'arr':[{'v':9,'w':2}]}")]
    [InlineData("$[0]", "[1,2]", "9", "[9,2]")]
    [InlineData("$.detail.shipped_output", "{'detail':{'a':1}}", "{'ok':true}", "{'detail':{'a':1,'shipped_output':{'ok':true}}}")]
    public void Places_the_value(string path, string target, string value, string expected) =>
        Assert.Equal(Canonical(expected), Apply(path, target, value));

    [Fact]
    public void Untouched_sub_trees_are_shared_and_the_target_is_unchanged()
    {
        var target = (JObject)JValue.Parse("""{"keep":{"big":[1,2,3]},"x":{"y":1}}""");
        var result = (JObject)JsonPath.Parse("$.x.y").Apply(target, JNumber.From(2));
        Assert.Same(target["keep"], result["keep"]);
        Assert.Equal("""{"keep":{"big":[1,2,3]},"x":{"y":1}}""", target.ToJson());
        Assert.Equal("""{"keep":{"big":[1,2,3]},"x":{"y":2}}""", result.ToJson());
    }

    [Theory]
    [InlineData("$.a", "'text'", "$")]
    [InlineData("$.a", "[1]", "$")]
    [InlineData("$.a.b", "{'a':'text'}", "$['a']")]
    [InlineData("$.a.b", "{'a':null}", "$['a']")]
    [InlineData("$.a.b", "{'a':[1]}", "$['a']")]
    [InlineData("$.a[0]", "{'a':{'0':1}}", "$['a']")]
    [InlineData("$.a[3]", "{'a':[1]}", "$['a']")]
    [InlineData("$.a[0]", "{}", "$['a']")]
    public void Fails_when_the_path_cannot_be_applied(string path, string target, string location)
    {
        var e = Assert.Throws<PathMatchException>(() => Apply(path, target, "1"));
        Assert.Contains(path, e.Message);
        Assert.Contains("at " + location + " ", e.Message);
    }

    [Theory]
    [InlineData("$.a[*]")]
    [InlineData("$..a")]
    [InlineData("$$.a")]
    [InlineData("$x.a")]
    [InlineData("$.a.length()")]
    public void Only_reference_paths_on_the_input_can_be_applied(string path) =>
        Assert.Throws<InvalidOperationException>(() => Apply(path, "{}", "1"));
}
