using Cairn.Asl.Data;
using Cairn.Json;
using static Cairn.Asl.Tests.Paths.PathTestHelpers;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathFilterTests
{
    private const string Items = """
        [
          { "id": 1, "name": "apple", "price": 5, "tags": ["fruit", "red"], "ok": true, "n": null, "code": "5" },
          { "id": 2, "name": "Banana", "price": 12.5, "tags": ["fruit"], "ok": false, "s": "" },
          { "id": 3, "name": "carrot", "price": 10, "tags": [], "nested": { "deep": [1, 2, 3] } },
          { "id": 4, "price": "cheap", "tags": ["veg", "red", "fruit"] },
          7,
          "text"
        ]
        """;

    private static string Ids(string filter)
    {
        var result = Eval("$[?(" + filter + ")]", Items)!;
        var ids = new List<string>();
        foreach (var item in (JArray)JValue.Parse(result))
        {
            ids.Add(item is JObject o && o.TryGetValue("id", out var id) ? id.ToJson() : item.ToJson());
        }

        return string.Join(",", ids);
    }

    [Theory]
    [InlineData("@.id == 2", "2")]
    [InlineData("@.id != 2", "1,3,4,7,\"text\"")]
    [InlineData("@.price < 10", "1")]
    [InlineData("@.price <= 10", "1,3")]
    [InlineData("@.price > 10", "2")]
    [InlineData("@.price >= 10", "2,3")]
    [InlineData("10 <= @.price", "2,3")]
    [InlineData("@.price == 12.5", "2")]
    [InlineData("@.price == 1.25e1", "2")]
    [InlineData("@.name == 'apple'", "1")]
    [InlineData("@.name == \"apple\"", "1")]
    [InlineData("@.name > 'b'", "3")]
    [InlineData("@.name < 'b'", "1,2")]
    [InlineData("@.ok == true", "1")]
    [InlineData("@.ok == false", "2")]
    [InlineData("@.n == null", "1")]
    [InlineData("@.tags == ['fruit']", "2")]
    [InlineData("@.nested == {'deep': [1, 2, 3]}", "3")]
    [InlineData("@.code == 5", "1")]
    [InlineData("@.price == '5'", "1")]
    [InlineData("@ == 7", "7")]
    [InlineData("@ > 6", "7")]
    [InlineData("@ == 'text'", "\"text\"")]
    public void Comparisons(string filter, string expected) => Assert.Equal(expected, Ids(filter));

    [Theory]
    [InlineData("@.name", "1,2,3")]
    [InlineData("@.n", "1")]
    [InlineData("!@.name", "4,7,\"text\"")]
    [InlineData("@.nested.deep[2]", "3")]
    [InlineData("@.nested.deep[3]", "")]
    [InlineData("@.tags[*]", "1,2,4")]
    [InlineData("@.missing", "")]
    public void Existence(string filter, string expected) => Assert.Equal(expected, Ids(filter));

    [Theory]
    [InlineData("@.id > 1 && @.price > 10", "2")]
    [InlineData("@.id == 1 || @.id == 3", "1,3")]
    [InlineData("@.id == 1 || @.id == 3 && @.price > 100", "1")]
    [InlineData("(@.id == 1 || @.id == 3) && @.price > 5", "3")]
    [InlineData("!(@.id == 1 || @.id == 3) && @.id", "2,4")]
    [InlineData("!(@.id < 3)", "3,4,7,\"text\"")]
    [InlineData("((@.id == 2))", "2")]
    public void Logical_operators(string filter, string expected) => Assert.Equal(expected, Ids(filter));

    [Theory]
    [InlineData("@.name =~ /a.*/", "1")]
    [InlineData("@.name =~ /b.*/i", "2")]
    [InlineData("@.name =~ /an/", "")]
    [InlineData("@.name =~ /.*an.*/", "2")]
    [InlineData("@.price =~ /1\\d\\.5/", "2")]
    [InlineData("@.ok =~ /tr.e/", "1")]
    [InlineData("@.name =~ /APPLE|CARROT/i", "1,3")]
    [InlineData("/c.*/ =~ @.name", "3")]
    public void Regular_expressions_match_the_whole_text(string filter, string expected) => Assert.Equal(expected, Ids(filter));

    [Fact]
    public void Regex_can_contain_an_escaped_slash() =>
        Assert.Equal(Canonical("['a/b']"), Eval("$[?(@ =~ /a\\/b/)]", "[\"a/b\",\"ab\"]"));

    [Theory]
    [InlineData("@.id in [1, 3, 'x']", "1,3")]
    [InlineData("@.name in ['apple', 'carrot']", "1,3")]
    [InlineData("@.id nin [1, 3]", "2,4,7,\"text\"")]
    [InlineData("@.tags subsetof ['fruit', 'red']", "1,2,3")]
    [InlineData("@.tags anyof ['red']", "1,4")]
    [InlineData("@.tags noneof ['red']", "2,3")]
    [InlineData("@.tags size 1", "2")]
    [InlineData("@.name size 6", "2,3")]
    [InlineData("@.tags empty true", "3")]
    [InlineData("@.tags empty false", "1,2,4")]
    [InlineData("@.s empty true", "2")]
    [InlineData("@.tags contains 'veg'", "4")]
    [InlineData("@.name contains 'rr'", "3")]
    [InlineData("@.id in $.ids", "2")]
    public void Set_and_size_operators(string filter, string expected)
    {
        // "$.ids" inside the filter refers to the evaluated document; give it one via a wrapper.
        var wrapped = "{\"ids\":[2],\"items\":" + Items + "}";
        var result = Eval("$.items[?(" + filter + ")]", wrapped)!;
        var ids = new List<string>();
        foreach (var item in (JArray)JValue.Parse(result))
        {
            ids.Add(item is JObject o && o.TryGetValue("id", out var id) ? id.ToJson() : item.ToJson());
        }

        Assert.Equal(expected, string.Join(",", ids));
    }

    [Theory]
    [InlineData("$[?(@.a == ')]')]", "[{'a':')]'}]")]
    [InlineData("$[?(@['b c'] == 1)]", "[{'b c':1}]")]
    [InlineData("$[?(@.d-e==2)]", "[{'d-e':2}]")]
    [InlineData("$[?(@.a=='it\\'s')]", "[{'a':'it\\u0027s'}]")]
    public void Tricky_filter_text(string path, string expected) =>
        Assert.Equal(Canonical(expected), Eval(path, "[{\"a\":\")]\"},{\"b c\":1},{\"d-e\":2},{\"a\":\"it's\"}]"));

    [Fact]
    public void Filter_paths_can_use_functions() =>
        Assert.Equal("1,2", Ids("@.tags.length() > 0 && @.id < 3"));

    [Fact]
    public void Nested_filters() =>
        Assert.Equal("3", Ids("@.nested.deep[?(@ > 2)].length() == 1"));

    [Fact]
    public void Filter_on_an_object_tests_the_object_itself()
    {
        Assert.Equal(Canonical("[{'a':1}]"), Eval("$.o[?(@.a == 1)]", "{\"o\":{\"a\":1}}"));
        Assert.Equal("[]", Eval("$.o[?(@.a == 2)]", "{\"o\":{\"a\":1}}"));
        Assert.Equal("[]", Eval("$.o[?(@.a == 2)]", "{\"o\":5}"));
    }

    [Fact]
    public void Filters_can_refer_to_variables_and_the_context()
    {
        var scope = new DataScope(
            JValue.Parse("{\"Limit\":2}"),
            new Dictionary<string, JValue> { ["min"] = JNumber.From(3) });
        Assert.Equal("[3,4]", Eval("$[?(@ >= $min)]", "[1,2,3,4]", scope));
        Assert.Equal("[1,2]", Eval("$[?(@ <= $$.Limit)]", "[1,2,3,4]", scope));
        Assert.Equal("[]", Eval("$[?(@ >= $undefined)]", "[1,2,3,4]", scope));
    }
}
