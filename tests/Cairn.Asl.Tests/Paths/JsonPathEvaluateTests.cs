using static Cairn.Asl.Tests.Paths.PathTestHelpers;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathEvaluateTests
{
    private const string Store = """
        {
          "store": {
            "book": [
              { "category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95 },
              { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99 },
              { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553", "price": 8.99 },
              { "category": "fiction", "author": "J. R. R. Tolkien", "title": "LOTR", "isbn": "0-395", "price": 22.99 }
            ],
            "bicycle": { "color": "red", "price": 19.95 }
          },
          "expensive": 10
        }
        """;

    [Theory]
    [InlineData("$", "{'a':{'b':[1,2]}}")]
    [InlineData("$.a", "{'b':[1,2]}")]
    [InlineData("$.a.b", "[1,2]")]
    [InlineData("$.a.b[0]", "1")]
    [InlineData("$.a.b[1]", "2")]
    [InlineData("$.a.b[-1]", "2")]
    [InlineData("$.a.b[-2]", "1")]
    [InlineData("$['a']['b'][0]", "1")]
    [InlineData("$[\"a\"].b", "[1,2]")]
    public void Definite_paths_select_one_value(string path, string expected) =>
        Assert.Equal(Canonical(expected), Eval(path, "{\"a\":{\"b\":[1,2]}}"));

    [Theory]
    [InlineData("$.missing")]
    [InlineData("$.a.missing")]
    [InlineData("$.a.b[2]")]
    [InlineData("$.a.b[-3]")]
    [InlineData("$.a[0]")]
    [InlineData("$.a.b.c")]
    [InlineData("$.a.b[0].c")]
    [InlineData("$.n.x")]
    [InlineData("$.s[0]")]
    [InlineData("$[0]")]
    public void Definite_paths_fail_when_nothing_matches(string path) =>
        Assert.Null(Eval(path, "{\"a\":{\"b\":[1,2]},\"n\":null,\"s\":\"text\"}"));

    [Fact]
    public void A_null_member_is_a_match() => Assert.Equal("null", Eval("$.n", "{\"n\":null}"));

    [Theory]
    [InlineData("$.delivery-partner", "{\"delivery-partner\":1}", "1")]
    [InlineData("$.ключ", "{\"ключ\":2}", "2")]
    [InlineData("$['a b']", "{\"a b\":3}", "3")]
    [InlineData("$['a.b']", "{\"a.b\":4,\"a\":{\"b\":5}}", "4")]
    [InlineData("$.0", "{\"0\":6}", "6")]
    [InlineData("$['']", "{\"\":7}", "7")]
    [InlineData("$[\"it's\"]", "{\"it's\":8}", "8")]
    public void Names_with_special_characters(string path, string input, string expected) =>
        Assert.Equal(expected, Eval(path, input));

    [Fact]
    public void Backslashes_in_quoted_names_are_kept_as_aws_does()
    {
        // Recorded against AWS: $['Test\""Name"'] reads the member named Test\""Name".
        Assert.Equal("\"Value\\\"\\\\\"", Eval("$['Test\\\"\"Name\"']", """{"Test\\\"\"Name\"": "Value\"\\"}"""));
    }

    [Theory]
    [InlineData("$.store.book[*].author", "['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']")]
    [InlineData("$..author", "['Nigel Rees','Evelyn Waugh','Herman Melville','J. R. R. Tolkien']")]
    [InlineData("$.store.*.color", "['red']")]
    [InlineData("$.store..price", "[8.95,12.99,8.99,22.99,19.95]")]
    [InlineData("$..book[2].title", "['Moby Dick']")]
    [InlineData("$..book[-1].title", "['LOTR']")]
    [InlineData("$..book[0,1].title", "['Sayings','Sword']")]
    [InlineData("$..book[:2].title", "['Sayings','Sword']")]
    [InlineData("$..book[1:2].title", "['Sword']")]
    [InlineData("$..book[-2:].title", "['Moby Dick','LOTR']")]
    [InlineData("$..book[2:].title", "['Moby Dick','LOTR']")]
    [InlineData("$..book[?(@.isbn)].title", "['Moby Dick','LOTR']")]
    [InlineData("$.store.book[?(@.price < 10)].title", "['Sayings','Moby Dick']")]
    [InlineData("$..book[?(@.price <= $['expensive'])].title", "['Sayings','Moby Dick']")]
    [InlineData("$..book[?(@.author =~ /.*REES/i)].title", "['Sayings']")]
    [InlineData("$..book.length()", "4")]
    [InlineData("$.store.book.length()", "4")]
    [InlineData("$..isbn", "['0-553','0-395']")]
    [InlineData("$.store.bicycle['color','price']", "{'color':'red','price':19.95}")]
    [InlineData("$.store.book[0]['title','price','nope']", "{'title':'Sayings','price':8.95}")]
    [InlineData("$.store.book[*]['title','price'].length()", "8")]
    [InlineData("$.store.book[0,1]['title','price']", "[{'title':'Sayings','price':8.95},{'title':'Sword','price':12.99}]")]
    [InlineData("$.store.bicycle[?(@.color == 'red')].price", "[19.95]")]
    [InlineData("$.store.bicycle[?(@.color == 'blue')]", "[]")]
    public void Jayway_examples(string path, string expected) => Assert.Equal(Canonical(expected), Eval(path, Store));

    [Theory]
    [InlineData("$.*", "{'a':1,'b':[2,3],'c':{'d':4}}", "[1,[2,3],{'d':4}]")]
    [InlineData("$[*]", "{'a':1,'b':[2,3]}", "[1,[2,3]]")]
    [InlineData("$[*]", "[1,[2,3]]", "[1,[2,3]]")]
    [InlineData("$[*]", "{}", "[]")]
    [InlineData("$[*]", "7", "[]")]
    [InlineData("$.a.*", "{'a':'s'}", "[]")]
    [InlineData("$.*.*", "{'a':[1,2],'b':{'c':3},'d':4}", "[1,2,3]")]
    [InlineData("$..*", "{'a':[1,{'b':2}],'c':3}", "[[1,{'b':2}],3,1,{'b':2},2]")]
    [InlineData("$..b", "{'b':1,'a':[{'b':2},{'c':{'b':3}}]}", "[1,2,3]")]
    [InlineData("$..[0]", "{'a':[1,[2,3]],'b':[4]}", "[1,2,4]")]
    [InlineData("$..[?(@.k)]", "{'k':0,'a':[{'k':1},{'x':{'k':2}}]}", "[{'k':0,'a':[{'k':1},{'x':{'k':2}}]},{'k':1},{'k':2}]")]
    [InlineData("$..['a','b']", "{'a':1,'b':2,'c':{'a':3},'d':{'a':4,'b':5}}", "[{'a':1,'b':2},{'a':4,'b':5}]")]
    [InlineData("$['a','b'].x", "{'a':{'x':1},'b':{'x':2},'c':{'x':3}}", "[1,2]")]
    [InlineData("$['a','b']", "{'b':2,'a':1}", "{'a':1,'b':2}")]
    [InlineData("$['a','b']", "{'c':1}", "{}")]
    public void Wildcards_descent_and_unions(string path, string input, string expected) =>
        Assert.Equal(Canonical(expected), Eval(path, Canonical(input)));

    [Theory]
    [InlineData("$[1:3]", "[1,2]")]
    [InlineData("$[1:]", "[1,2,3,4]")]
    [InlineData("$[:2]", "[0,1]")]
    [InlineData("$[-2:]", "[3,4]")]
    [InlineData("$[-9:]", "[0,1,2,3,4]")]
    [InlineData("$[:-1]", "[0,1,2,3]")]
    [InlineData("$[:-9]", "[]")]
    [InlineData("$[:9]", "[0,1,2,3,4]")]
    [InlineData("$[9:]", "[]")]
    [InlineData("$[3:1]", "[]")]
    [InlineData("$[2:9]", "[2,3,4]")]
    // Jayway quirks AWS inherits: a negative end selects nothing, a negative start counts per element.
    [InlineData("$[0:-1]", "[]")]
    [InlineData("$[-2:2]", "[3,4,0,1]")]
    [InlineData("$[0:4:2]", "[0,2]")]
    [InlineData("$[::2]", "[0,2,4]")]
    [InlineData("$[1::2]", "[1,3]")]
    [InlineData("$[::-1]", "[4,3,2,1,0]")]
    [InlineData("$[3:0:-1]", "[3,2,1]")]
    [InlineData("$[-1:-4:-2]", "[4,2]")]
    [InlineData("$[0,2,-1,9]", "[0,2,4]")]
    [InlineData("$[1,1]", "[1,1]")]
    public void Slices_and_index_unions(string path, string expected) =>
        Assert.Equal(Canonical(expected), Eval(path, "[0,1,2,3,4]"));

    [Theory]
    [InlineData("$[1:3]")]
    [InlineData("$[::2]")]
    [InlineData("$[0,1]")]
    public void Slices_over_non_arrays_are_empty(string path) => Assert.Equal("[]", Eval(path, "{\"0\":1}"));

    [Theory]
    // Recorded against AWS: wildcards and slices over missing input give an empty array.
    [InlineData("$.item.items[1:5]")]
    [InlineData("$.item.items[:1]")]
    [InlineData("$.item.items[*]")]
    [InlineData("$.items[*].itemValue")]
    [InlineData("$.items[1:].itemValue")]
    [InlineData("$.items[:1]")]
    [InlineData("$.items[1:]")]
    [InlineData("$.items[*]")]
    [InlineData("$[*]")]
    [InlineData("$..nothing")]
    [InlineData("$.a[?(@.b)]")]
    public void Indefinite_paths_over_missing_input_are_empty(string path) => Assert.Equal("[]", Eval(path, "{}"));

    [Fact]
    public void Recorded_filter_case()
    {
        var input = """{"users": [{"year": 1997, "status": 0}, {"year": 1998, "status": 1}]}""";
        Assert.Equal(Canonical("[{'year':1997,'status':0}]"), Eval("$.users[?(@.status == 0)]", input));
    }

    [Theory]
    [InlineData("$.a.length()", "3")]
    [InlineData("$.a.size()", "3")]
    [InlineData("$.a.min()", "1.0")]
    [InlineData("$.a.max()", "3.0")]
    [InlineData("$.a.sum()", "6.0")]
    [InlineData("$.a.avg()", "2.0")]
    [InlineData("$.a.first()", "1")]
    [InlineData("$.a.last()", "3")]
    [InlineData("$.o.length()", "2")]
    [InlineData("$.o.keys()", "[\"x\",\"y\"]")]
    [InlineData("$.s.length()", "5")]
    [InlineData("$.mixed.sum()", "3.5")]
    [InlineData("$.o.*.sum()", "3.0")]
    [InlineData("$.e.length()", "0")]
    public void Functions(string path, string expected) =>
        Assert.Equal(expected, Eval(path, "{\"a\":[1,2,3],\"o\":{\"x\":1,\"y\":2},\"s\":\"hello\",\"mixed\":[1,\"x\",2.5,null],\"e\":[]}"));

    [Fact]
    public void Stddev_is_the_population_deviation() => Assert.Equal("2.0", Eval("$.stddev()", "[2,4,4,4,5,5,7,9]"));

    [Theory]
    [InlineData("$.e.min()")]
    [InlineData("$.s.sum()")]
    [InlineData("$.n.length()")]
    [InlineData("$.missing.length()")]
    [InlineData("$.e.first()")]
    [InlineData("$.s.keys()")]
    public void Functions_without_a_result_fail(string path) =>
        Assert.Null(Eval(path, "{\"e\":[],\"s\":\"x\",\"n\":5}"));
}
