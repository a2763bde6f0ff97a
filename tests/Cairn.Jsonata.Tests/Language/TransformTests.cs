namespace Cairn.Jsonata.Tests.Language;

public sealed class TransformTests
{
    private const string Order = """{"items": [{"sku": "a", "price": 5}, {"sku": "b", "price": 10}], "note": "x"}""";

    [Fact]
    public void Updates_and_deletes_the_matched_objects_of_a_copy()
    {
        Assert.Equal(
            """{"items":[{"sku":"a","price":6},{"sku":"b","price":11}],"note":"x"}""",
            Jsonata.Eval("$ ~> |items|{'price': price + 1}|", Order));
        Assert.Equal(
            """{"items":[{"sku":"a"},{"sku":"b"}],"note":"x"}""",
            Jsonata.Eval("$ ~> |items|{}, 'price'|", Order));
        Assert.Equal(
            """{"items":[{"sku":"a","price":5},{"sku":"b","price":10}]}""",
            Jsonata.Eval("$ ~> |$|{}, ['note']|", Order));
    }

    [Fact]
    public void Leaves_the_input_unchanged()
    {
        Assert.Equal(
            """[{"sku":"a","price":5},{"sku":"b","price":10}]""",
            Jsonata.Eval("($changed := $ ~> |items|{'price': 0}|; items)", Order));
    }

    [Theory]
    [InlineData("$ ~> |items|5|", "T2011")]
    [InlineData("$ ~> |items|{}, 5|", "T2012")]
    public void Reports_bad_clauses(string expression, string code)
    {
        Assert.Equal(code, Jsonata.ErrorCode(expression, Order));
    }
}
