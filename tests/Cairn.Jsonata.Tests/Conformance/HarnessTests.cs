using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>The suite runner's own parts: reading case files, comparing results, reading the known-failures list.</summary>
public sealed class HarnessTests
{
    [Fact]
    public void Suite_json_keeps_lone_surrogates_and_number_kinds()
    {
        var value = (JObject)SuiteJson.Parse("""{"s": "a\ud800b", "i": 3, "d": 3.5, "e": 1e3, "l": [true, null, -0.25]}""");

        Assert.Equal("a\ud800b", ((JString)value["s"]!).Value);
        Assert.True(((JNumber)value["i"]!).IsIntegral);
        Assert.Equal(3.5, ((JNumber)value["d"]!).DoubleValue);
        Assert.Equal(1000, ((JNumber)value["e"]!).DoubleValue);
        Assert.Equal("[true,null,-0.25]", value["l"]!.ToJson());
    }

    [Theory]
    [InlineData("""{"a": 1,}""")]
    [InlineData("""[1 2]""")]
    [InlineData("""{"a": tru}""")]
    [InlineData("\"\\x\"")]
    public void Suite_json_rejects_malformed_text(string text) =>
        Assert.Throws<InvalidDataException>(() => SuiteJson.Parse(text));

    [Fact]
    public void Comparison_is_numeric_and_ignores_member_order()
    {
        Assert.Null(JsonComparison.FirstDifference(JValue.Parse("""{"a": 1, "b": [2.0]}"""), JValue.Parse("""{"b": [2], "a": 1.0}""")));
    }

    [Fact]
    public void Comparison_names_the_path_of_the_first_difference()
    {
        var difference = JsonComparison.FirstDifference(JValue.Parse("""{"a": [1, {"b": "x"}]}"""), JValue.Parse("""{"a": [1, {"b": "y"}]}"""));

        Assert.Equal("$.a[1].b: expected \"x\", got \"y\"", difference);
    }

    [Fact]
    public void Comparison_reports_missing_and_extra_members_and_lengths()
    {
        Assert.Contains("$.b: missing", JsonComparison.FirstDifference(JValue.Parse("""{"a": 1, "b": 2}"""), JValue.Parse("""{"a": 1}""")), StringComparison.Ordinal);
        Assert.Contains("$.c: unexpected member", JsonComparison.FirstDifference(JValue.Parse("""{"a": 1}"""), JValue.Parse("""{"a": 1, "c": 3}""")), StringComparison.Ordinal);
        Assert.Contains("expected 2 item(s), got 3", JsonComparison.FirstDifference(JValue.Parse("[1, 2]"), JValue.Parse("[1, 2, 3]")), StringComparison.Ordinal);
        Assert.NotNull(JsonComparison.FirstDifference(JValue.Parse("1"), JValue.Parse("\"1\"")));
        Assert.NotNull(JsonComparison.FirstDifference(JValue.Parse("0.30000000000000004"), JValue.Parse("0.3")));
    }

    [Fact]
    public void Unordered_comparison_matches_top_level_items_in_any_order_but_counts_them()
    {
        Assert.Null(JsonComparison.FirstDifference(JValue.Parse("""[1, {"a": 2}, 1]"""), JValue.Parse("""[{"a": 2}, 1, 1]"""), unorderedTopLevel: true));
        Assert.NotNull(JsonComparison.FirstDifference(JValue.Parse("[1, 2, 1]"), JValue.Parse("[1, 2, 2]"), unorderedTopLevel: true));
        Assert.NotNull(JsonComparison.FirstDifference(JValue.Parse("[[1, 2]]"), JValue.Parse("[[2, 1]]"), unorderedTopLevel: true));
    }

    [Fact]
    public void Known_failures_list_has_an_id_and_a_reason_per_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["# comment", "", "function-sort/case003  expected [1], got [2]", "flattening/large[1]", "  regex/case001\tT1006 instead of D1004"]);

            var known = KnownFailures.Load(path);

            Assert.Equal(3, known.Count);
            Assert.Equal("expected [1], got [2]", known["function-sort/case003"]);
            Assert.Equal(string.Empty, known["flattening/large[1]"]);
            Assert.Equal("T1006 instead of D1004", known["regex/case001"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_expected_error_must_match_code_and_token()
    {
        Assert.True(CaseRunner.Run(Case("1 + 'a'", new CaseExpectation.Error("T2002", "+", null, null))).Passed);

        var wrongToken = CaseRunner.Run(Case("1 + 'a'", new CaseExpectation.Error("T2002", "-", null, null)));
        Assert.False(wrongToken.Passed);
        Assert.Contains("token '+' instead of '-'", wrongToken.Reason, StringComparison.Ordinal);

        Assert.False(CaseRunner.Run(Case("1 + 'a'", new CaseExpectation.Error("T2001", null, null, null))).Passed);
        Assert.False(CaseRunner.Run(Case("1 + 1", new CaseExpectation.Error("T2002", null, null, null))).Passed);
    }

    [Fact]
    public void Undefined_and_results_are_told_apart()
    {
        Assert.True(CaseRunner.Run(Case("nothing", new CaseExpectation.Undefined())).Passed);
        Assert.False(CaseRunner.Run(Case("nothing", new CaseExpectation.Result(JNull.Instance, false))).Passed);
        Assert.False(CaseRunner.Run(Case("null", new CaseExpectation.Undefined())).Passed);
        Assert.True(CaseRunner.Run(Case("[3, 1, 2]", new CaseExpectation.Result(JValue.Parse("[1, 2, 3]"), Unordered: true))).Passed);
        Assert.False(CaseRunner.Run(Case("[3, 1, 2]", new CaseExpectation.Result(JValue.Parse("[1, 2, 3]"), Unordered: false))).Passed);
    }

    [Fact]
    public void An_evaluation_that_ignores_its_time_limit_is_abandoned_and_fails()
    {
        var stuck = JsonataFunction.Create("stuck", "<:n>", _ =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            return JNumber.From(1);
        });
        var c = Case("$stuck()", new CaseExpectation.Result(JNumber.From(1), false)) with
        {
            Bindings = new Dictionary<string, JValue> { ["stuck"] = stuck },
            TimeLimitMs = 50,
        };

        var result = CaseRunner.Run(c, watchdogGrace: TimeSpan.FromMilliseconds(200));

        Assert.False(result.Passed);
        Assert.Contains("abandoned", result.Reason, StringComparison.Ordinal);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(2), $"the watchdog waited {result.Elapsed}");
    }

    [Fact]
    public void A_case_that_cannot_be_read_fails_with_the_reason()
    {
        var result = CaseRunner.Run(SuiteCase.Unreadable("g/case000", "g", "bad file"));

        Assert.False(result.Passed);
        Assert.Contains("bad file", result.Reason, StringComparison.Ordinal);
    }

    private static SuiteCase Case(string expression, CaseExpectation expected) =>
        new("harness/case000", "harness", expression, null, new Dictionary<string, JValue>(), expected, null, null);
}
