using static Cairn.Asl.Tests.Jsonata.JsonataTestKit;

namespace Cairn.Asl.Tests.Jsonata;

/// <summary>The functions Step Functions adds to JSONata.</summary>
public sealed class StatesFunctionsTests
{
    [Theory]
    [InlineData("$partition([1,2,3,4,5], 2)", "[[1,2],[3,4],[5]]")]
    [InlineData("$partition([0], 5)", "[[0]]")]
    [InlineData("$partition([0,1,2,3], 4)", "[[0,1,2,3]]")]
    public void Partition_splits_into_chunks(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("$range(0, 10, 2)", "[0,2,4,6,8,10]")]
    [InlineData("$range(0, 9, 3)", "[0,3,6,9]")]
    [InlineData("$range(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("$range(10, 0, -5)", "[10,5,0]")]
    public void Range_includes_its_end(string expression, string expected) => Assert.Equal(expected, Eval(expression));

    [Fact]
    public void Range_of_one_number_is_that_number() => Assert.Equal("1", Eval("$range(1, 9, 9)"));

    [Fact]
    public void Range_with_a_zero_step_fails() =>
        Assert.Equal(StatesErrors.QueryEvaluationError, Fails("$range(1, 9, 0)").Error);

    [Theory]
    [InlineData("MD5", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("SHA-1", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("SHA-256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Hash_uses_the_named_algorithm(string algorithm, string expected) =>
        Assert.Equal($"\"{expected}\"", Eval($"$hash('abc', '{algorithm}')"));

    [Fact]
    public void Hash_rejects_unknown_algorithms()
    {
        var e = Fails("$hash('abc', 'sha256')");
        Assert.Equal(StatesErrors.QueryEvaluationError, e.Error);
        Assert.StartsWith("The JSONata expression '$hash('abc', 'sha256')' specified for the field 'Output' threw an error during evaluation. T0410: ", e.Cause);
    }

    [Fact]
    public void Random_with_a_seed_follows_java_util_random() => Assert.Equal("0.7275636800328681", Eval("$random(42)"));

    [Fact]
    public void Random_with_the_same_seed_repeats() => Assert.Equal(Eval("$random(7)"), Eval("$random(7)"));

    [Fact]
    public void Random_without_a_seed_is_in_the_unit_interval()
    {
        var value = double.Parse(Eval("$random()"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, 0, 1);
        Assert.NotEqual(1, value);
    }

    [Fact]
    public void Uuid_is_a_version_4_uuid()
    {
        var text = Eval("$uuid()").Trim('"');
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", text);
    }

    [Theory]
    [InlineData("$parse('{\"a\": [1, 2]}')", "{\"a\":[1,2]}")]
    [InlineData("$parse('-0')", "0")]
    [InlineData("$parse('1.1')", "1.1")]
    [InlineData("$parse('\"text\"')", "\"text\"")]
    [InlineData("$parse($states.input.body).id", "7", "{\"body\":\"{\\\"id\\\":7}\"}")]
    public void Parse_reads_json_text(string expression, string expected, string input = "{}") => Assert.Equal(expected, Eval(expression, input));

    [Fact]
    public void Parse_rejects_text_that_is_not_json() => Assert.Equal(StatesErrors.QueryEvaluationError, Fails("$parse('{oops')").Error);

    [Fact]
    public void Eval_is_not_available() => Assert.Equal(StatesErrors.QueryEvaluationError, Fails("$eval('1 + 1')").Error);
}
