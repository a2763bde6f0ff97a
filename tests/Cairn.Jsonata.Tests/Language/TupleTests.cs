namespace Cairn.Jsonata.Tests.Language;

public sealed class TupleTests
{
    private const string Library = """
        {"loans": [{"customer": "c1", "isbn": "1"}, {"customer": "c2", "isbn": "2"}],
         "books": [{"isbn": "1", "title": "One"}, {"isbn": "2", "title": "Two"}, {"isbn": "3", "title": "Three"}]}
        """;

    private const string Nested = """{"a": [{"b": [1, 2], "x": "first"}, {"b": [3, 4], "x": "second"}]}""";

    [Fact]
    public void Focus_binding_joins_two_arrays()
    {
        Assert.Equal(
            """[{"title":"One","customer":"c1"},{"title":"Two","customer":"c2"}]""",
            Jsonata.Eval("loans@$l.books@$b[$l.isbn = $b.isbn].{'title': $b.title, 'customer': $l.customer}", Library));
    }

    [Fact]
    public void Index_binding_counts_within_each_input_or_after_a_predicate_across_all()
    {
        Assert.Equal("""[{"v":1,"i":0},{"v":2,"i":1},{"v":3,"i":0},{"v":4,"i":1}]""", Jsonata.Eval("a.b#$i.{'v': $, 'i': $i}", Nested));
        Assert.Equal("""[{"v":2,"i":0},{"v":3,"i":1},{"v":4,"i":2}]""", Jsonata.Eval("a.b[$ > 1]#$i.{'v': $, 'i': $i}", Nested));
    }

    [Fact]
    public void Parent_operator_reaches_the_input_of_earlier_steps()
    {
        Assert.Equal("""["first","first","second","second"]""", Jsonata.Eval("a.b.%.x", Nested));
        Assert.Equal("[3,4]", Jsonata.Eval("a.b[%.x = 'second']", Nested));
        Assert.Equal("""[{"v":1,"p":"first"},{"v":2,"p":"first"},{"v":3,"p":"second"},{"v":4,"p":"second"}]""", Jsonata.Eval("a.(b).{'v': $, 'p': %.x}", Nested));
    }

    [Fact]
    public void Grouping_a_tuple_stream_merges_the_bindings()
    {
        Assert.Equal("""{"0":[1,3],"1":[2,4]}""", Jsonata.Eval("a.b#$i{$string($i): $}", Nested));
    }
}
