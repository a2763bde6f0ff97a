using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Tests.Language;

public sealed class ExpressionApiTests
{
    [Fact]
    public void A_compiled_expression_gives_the_same_results_on_many_threads()
    {
        var expression = JsonataExpression.Compile("($total := $sum(items.(price * qty)); {'total': $total, 'n': $count(items)})");
        var input = JValue.Parse("""{"items": [{"price": 2, "qty": 3}, {"price": 1, "qty": 4}]}""");
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = expression.Evaluate(input)!.ToJson());
        Assert.All(results, r => Assert.Equal("""{"total":10,"n":2}""", r));
    }

    [Fact]
    public void Undefined_results_are_null_and_sequences_are_arrays()
    {
        var input = JValue.Parse("""{"a": [{"b": 1}, {"b": 2}]}""");
        Assert.Null(JsonataExpression.Compile("missing").Evaluate(input));
        var result = JsonataExpression.Compile("a.b").Evaluate(input);
        var array = Assert.IsAssignableFrom<JArray>(result);
        Assert.Equal(2, array.Count);
    }

    [Fact]
    public void Bindings_are_variables_and_a_function_binding_shadows_a_built_in()
    {
        var options = new JsonataOptions
        {
            Bindings = new Dictionary<string, JValue>
            {
                ["limit"] = JNumber.From(3),
                ["uppercase"] = JsonataFunction.Create("uppercase", "<s:s>", args => new JString("shadowed " + ((JString)args[0]!).Value)),
            },
        };
        Assert.Equal("true", Jsonata.Eval("$limit = 3", options: options));
        Assert.Equal("\"shadowed x\"", Jsonata.Eval("$uppercase('x')", options: options));
    }

    [Fact]
    public void The_clock_is_read_once_per_evaluation()
    {
        var clock = new FixedClock(DateTimeOffset.Parse("2024-05-06T07:08:09Z", System.Globalization.CultureInfo.InvariantCulture));
        var options = new JsonataOptions { Clock = clock };
        Assert.Equal("true", Jsonata.Eval("$millis() = $millis()", options: options));
        Assert.Equal(1, clock.Reads);
    }

    [Fact]
    public void Errors_carry_code_position_and_token()
    {
        var error = Assert.Throws<JsonataException>(() => JsonataExpression.Compile("$sum('x')").Evaluate(null));
        Assert.Equal("T0412", error.Code);
        Assert.Equal("sum", error.Token);
        Assert.True(error.Position > 0);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public int Reads { get; private set; }

        public override DateTimeOffset GetUtcNow()
        {
            Reads++;
            return now;
        }
    }
}
