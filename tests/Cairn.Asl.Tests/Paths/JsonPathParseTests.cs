using Cairn.Asl.Paths;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathParseTests
{
    [Theory]
    [InlineData("$", PathRoot.Input, null)]
    [InlineData("$.a.b", PathRoot.Input, null)]
    [InlineData("$$", PathRoot.Context, null)]
    [InlineData("$$.Map.Item.Value", PathRoot.Context, null)]
    [InlineData("$x", PathRoot.Variable, "x")]
    [InlineData("$my_var1.y[0]", PathRoot.Variable, "my_var1")]
    [InlineData("$x[0]", PathRoot.Variable, "x")]
    [InlineData("$_x", PathRoot.Variable, "_x")]
    public void Root_and_variable_name(string text, PathRoot root, string? variable)
    {
        var path = JsonPath.Parse(text);
        Assert.Equal(root, path.Root);
        Assert.Equal(variable, path.VariableName);
        Assert.Equal(text, path.Text);
        Assert.Equal(text, path.ToString());
    }

    [Theory]
    [InlineData("$", true, true)]
    [InlineData("$$", true, true)]
    [InlineData("$.a", true, true)]
    [InlineData("$['a']", true, true)]
    [InlineData("$[\"a\"]", true, true)]
    [InlineData("$.a.b[0].c", true, true)]
    [InlineData("$.a[-1]", true, false)]
    [InlineData("$['a','b']", true, false)]
    [InlineData("$['a','b'].c", false, false)]
    [InlineData("$.a.length()", true, false)]
    [InlineData("$.a[*].length()", true, false)]
    [InlineData("$.*", false, false)]
    [InlineData("$[*]", false, false)]
    [InlineData("$..a", false, false)]
    [InlineData("$..*", false, false)]
    [InlineData("$.a[1:2]", false, false)]
    [InlineData("$.a[:2]", false, false)]
    [InlineData("$.a[0,1]", false, false)]
    [InlineData("$.a[?(@.b)]", false, false)]
    [InlineData("$x.y[0]", true, true)]
    public void Definite_and_reference(string text, bool definite, bool reference)
    {
        var path = JsonPath.Parse(text);
        Assert.Equal(definite, path.IsDefinite);
        Assert.Equal(reference, path.IsReferencePath);
    }

    [Theory]
    [InlineData("$", "$")]
    [InlineData("$.NoSuchInputPath", "$['NoSuchInputPath']")]
    [InlineData("$.a[0]['b c']", "$['a'][0]['b c']")]
    [InlineData("$..a.*[1:3]", "$..['a'][*][1:3]")]
    [InlineData("$['a','b']", "$['a', 'b']")]
    [InlineData("$[0,-1]", "$[0,-1]")]
    [InlineData("$[::2]", "$[::2]")]
    [InlineData("$[?( @.a > 1 )]", "$[?(@.a > 1)]")]
    [InlineData("$.a.length()", "$['a'].length()")]
    [InlineData("$$.Execution.Id", "$$['Execution']['Id']")]
    [InlineData("$v.x", "$v['x']")]
    public void Normalized_text(string text, string normalized) =>
        Assert.Equal(normalized, JsonPath.Parse(text).NormalizedText);

    [Theory]
    [InlineData("$.delivery-partner")]
    [InlineData("$.sub-values")]
    [InlineData("$.input-value")]
    [InlineData("$.ключ")]
    [InlineData("$.名前")]
    [InlineData("$.a:b")]
    [InlineData("$.0")]
    [InlineData("$.['a']")]
    [InlineData("$[ 'a' , \"b\" ]")]
    [InlineData("$[ 0 ]")]
    [InlineData("$[ * ]")]
    [InlineData("$['']")]
    [InlineData("$['a.b[c]']")]
    [InlineData("$[-1:]")]
    [InlineData("$[1:5:2]")]
    [InlineData("$[::-1]")]
    [InlineData("$..[0]")]
    [InlineData("$..['a']")]
    [InlineData("$..[?(@.a)]")]
    [InlineData("$[?(@.a == 'x' && (@.b < 2 || !@.c))]")]
    [InlineData("$[?(@.a in ['x', \"y\", 1, true, null, {'k': [1]}])]")]
    [InlineData("$[?(@.name =~ /^a.*\\/b$/i)]")]
    [InlineData("$[?(@.a[?(@.b)])]")]
    [InlineData("$[?(@.a.length() > 2)]")]
    [InlineData("$[?(@ > -1.5e3)]")]
    public void Accepts(string text) => JsonPath.Parse(text);

    [Theory]
    [InlineData("", 0)]
    [InlineData("a.b", 0)]
    [InlineData(".a", 0)]
    [InlineData("@.a", 0)]
    [InlineData("$.", 1)]
    [InlineData("$.a.", 3)]
    [InlineData("$..", 1)]
    [InlineData("$.a..", 3)]
    [InlineData("$...a", 1)]
    [InlineData("$[", 1)]
    [InlineData("$.a[0", 3)]
    [InlineData("$['a'", 1)]
    [InlineData("$['a", 2)]
    [InlineData("$[\"a]", 2)]
    [InlineData("$['a',]", 6)]
    [InlineData("$['a' 'b']", 6)]
    [InlineData("$[]", 2)]
    [InlineData("$[a]", 2)]
    [InlineData("$[0,]", 4)]
    [InlineData("$[1:2:0]", 6)]
    [InlineData("$[:]", 1)]
    [InlineData("$[99999999999]", 2)]
    [InlineData("$.a b", 3)]
    [InlineData("$ .a", 1)]
    [InlineData("$-", 1)]
    [InlineData("$1", 1)]
    [InlineData("$$x", 2)]
    [InlineData("$x-y", 2)]
    [InlineData("$.a.nosuch()", 4)]
    [InlineData("$.a.length(1)", 11)]
    [InlineData("$.a.length().b", 12)]
    [InlineData("$..length()", 1)]
    [InlineData("$[?(@.a)", 1)]
    [InlineData("$[?(@.a]", 7)]
    [InlineData("$[?()]", 4)]
    [InlineData("$[?@.a]", 3)]
    [InlineData("$[?(@.a ==)]", 10)]
    [InlineData("$[?(@.a == 'x)]", 11)]
    [InlineData("$[?(@.a <> 1)]", 9)]
    [InlineData("$[?(@.a like 1)]", 8)]
    [InlineData("$[?(1)]", 5)]
    [InlineData("$[?(@.a =~ 'x')]", 4)]
    [InlineData("$[?(@.a =~ /x)]", 11)]
    [InlineData("$[?(@.a =~ /(/)]", 11)]
    [InlineData("$[?(@.a =~ /x/q)]", 14)]
    [InlineData("$[?(@.a in [1,2)]", 15)]
    [InlineData("$[?(@.a == 1.)]", 11)]
    [InlineData("$[?((@.a)]", 9)]
    [InlineData("$[?(@.)]", 5)]
    public void Rejects_with_position(string text, int position)
    {
        var e = Assert.Throws<AslSyntaxException>(() => JsonPath.Parse(text));
        Assert.Equal(position, e.Position);
        Assert.Contains("Invalid JSONPath", e.Message);
    }

    [Fact]
    public void Error_messages_explain_the_problem()
    {
        Assert.Contains("must start with '$'", Assert.Throws<AslSyntaxException>(() => JsonPath.Parse("a")).Message);
        Assert.Contains("must not end with '.'", Assert.Throws<AslSyntaxException>(() => JsonPath.Parse("$.a.")).Message);
        Assert.Contains("unterminated '['", Assert.Throws<AslSyntaxException>(() => JsonPath.Parse("$.a[0")).Message);
        Assert.Contains("unterminated quoted name", Assert.Throws<AslSyntaxException>(() => JsonPath.Parse("$['a")).Message);
        Assert.Contains("bracket notation", Assert.Throws<AslSyntaxException>(() => JsonPath.Parse("$.a b")).Message);
    }

    [Fact]
    public void TryParse_reports_errors_without_throwing()
    {
        Assert.True(JsonPath.TryParse("$.a", out var path, out var error));
        Assert.NotNull(path);
        Assert.Null(error);

        Assert.False(JsonPath.TryParse("$.a[", out path, out error));
        Assert.Null(path);
        Assert.Contains("$.a[", error);
    }
}
