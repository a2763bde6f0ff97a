namespace Cairn.Jsonata.Tests.Language;

public sealed class PathTests
{
    private const string Orders = """
        {"orders": [
          {"id": 1, "items": [{"sku": "a", "price": 5, "qty": 2}, {"sku": "b", "price": 10, "qty": 1}]},
          {"id": 2, "items": [{"sku": "a", "price": 5, "qty": 4}]}
        ]}
        """;

    [Theory]
    [InlineData("orders.id", "[1,2]")]
    [InlineData("orders.items.sku", "[\"a\",\"b\",\"a\"]")]
    [InlineData("orders[0].id", "1")]
    [InlineData("orders[-1].id", "2")]
    [InlineData("orders.items[0].sku", "[\"a\",\"a\"]")]
    [InlineData("(orders.items)[0].sku", "\"a\"")]
    [InlineData("orders.items[price > 6].sku", "\"b\"")]
    [InlineData("orders.items[price > 6][].sku", "[\"b\"]")]
    [InlineData("orders.items[price > 6].sku[]", "[\"b\"]")]
    [InlineData("orders[id = 2].items.qty", "4")]
    [InlineData("$sum(orders.items.(price * qty))", "40")]
    [InlineData("orders.items.missing", "undefined")]
    [InlineData("orders.items[[0, 1]].sku", "[\"a\",\"b\",\"a\"]")]
    [InlineData("orders.*.sku", "[\"a\",\"b\",\"a\"]")]
    [InlineData("$count(**.sku)", "3")]
    [InlineData("orders.items{sku: $sum(qty)}", "{\"a\":6,\"b\":1}")]
    [InlineData("orders.items^(>price, qty).qty", "[1,2,4]")]
    [InlineData("orders.[id]", "[[1],[2]]")]
    [InlineData("[orders.id]", "[1,2]")]
    [InlineData("orders.{'id': id, 'n': $count(items)}", "[{\"id\":1,\"n\":2},{\"id\":2,\"n\":1}]")]
    public void Navigates_with_sequence_semantics(string expression, string expected)
    {
        Assert.Equal(expected, Jsonata.Eval(expression, Orders));
    }

    [Fact]
    public void A_single_array_value_is_returned_as_it_is()
    {
        Assert.Equal("[1]", Jsonata.Eval("a", """{"a": [1]}"""));
        Assert.Equal("1", Jsonata.Eval("a.b", """{"a": [{"b": 1}]}"""));
    }

    [Fact]
    public void An_array_input_is_one_value_to_dollar_and_many_to_a_path()
    {
        Assert.Equal("[1,2]", Jsonata.Eval("$", "[1, 2]"));
        Assert.Equal("1", Jsonata.Eval("$[0]", "[1, 2]"));
        Assert.Equal("[1,2]", Jsonata.Eval("a", """[{"a": 1}, {"a": 2}]"""));
        Assert.Equal("\"[4,true]\"", Jsonata.Eval("$string()", "[4, true]"));
    }

    [Theory]
    [InlineData("{'a': 1, 'a': 2}", "D1009")]
    [InlineData("{1: 2}", "T1003")]
    [InlineData("orders^(items)", "T2008")]
    [InlineData("[1, 'a']^($)", "T2007")]
    public void Reports_construction_and_ordering_errors(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression, Orders));
    }
}
