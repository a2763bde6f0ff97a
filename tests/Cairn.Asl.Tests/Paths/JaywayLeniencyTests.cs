using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Asl.Validation;
using Cairn.Json;
using CsCheck;

namespace Cairn.Asl.Tests.Paths;

/// <summary>
/// What Jayway (and so AWS) reads beyond the strict grammar, over generated paths: whitespace after
/// the path, a name straight after ']' or '*' (read as if a '.' stood before it), and a filter that
/// compares with an unquoted word (accepted in a definition, failing with States.Runtime when it is
/// evaluated, since Jayway cannot compile it).
/// </summary>
public sealed class JaywayLeniencyTests
{
    private static readonly string[] Names = ["a", "b", "Items", "x_1", "Labels"];

    /// <summary>A step that ends in ']' or '*' (after which Jayway takes a bare name), or a plain name.</summary>
    private static readonly Gen<string> Step = Gen.OneOf(
        Gen.OneOf(Names).Select(n => "." + n),
        Gen.OneOf(Names).Select(n => $"['{n}']"),
        Gen.Int[-2, 3].Select(i => $"[{i}]"),
        Gen.Const("[*]"),
        Gen.Const(".*"),
        Gen.Const("[0:2]"),
        Gen.Const("[?(@.a)]"));

    private static readonly Gen<string[]> Steps = Step.Array[1, 5];

    private static readonly JValue Document = JValue.Parse(
        """{"a": [{"a": 1, "b": {"a": 2}}, {"a": [3, 4], "Items": 5}], "b": {"a": {"b": 6}, "Labels": [{"a": 7}]}, "Items": [[1, 2], {"a": 8}], "x_1": {"a": 9}, "Labels": [{"a": 10, "Name": "Receipt"}]}""");

    private static string Outcome(string path)
    {
        var parsed = JsonPath.Parse(path);
        return parsed.TryEvaluate(Document, DataScope.Empty, out var result) ? result.ToJson() : "(no match)";
    }

    [Fact]
    public void Whitespace_after_a_path_changes_nothing() =>
        Gen.Select(Steps, Gen.OneOf(" ", "  ", "\t", " \n")).Sample((steps, space) =>
        {
            var path = "$" + string.Concat(steps);
            Assert.Equal(Outcome(path), Outcome(path + space));
            Assert.Equal(JsonPath.Parse(path).NormalizedText, JsonPath.Parse(path + space).NormalizedText);
        }, iter: 500);

    [Fact]
    public void A_name_straight_after_a_bracket_or_wildcard_is_the_next_step() =>
        Gen.Select(Steps, Gen.OneOf("]", "*"), Gen.OneOf(Names)).Sample((steps, end, name) =>
        {
            var prefix = "$" + string.Concat(steps) + (end == "]" ? "[0]" : ".*");
            Assert.Equal(Outcome(prefix + "." + name), Outcome(prefix + name));
            Assert.Equal(JsonPath.Parse(prefix + "." + name).NormalizedText, JsonPath.Parse(prefix + name).NormalizedText);
        }, iter: 500);

    [Fact]
    public void A_name_after_a_bracket_also_works_inside_a_filter() =>
        Assert.Equal(Outcome("$.Labels[?(@.Name == 'Receipt')]"), Outcome("$.Labels[?(@['Name']length() > 0 && @.Name=='Receipt')]"));

    [Fact]
    public void A_filter_comparing_with_an_unquoted_word_is_accepted_and_fails_when_evaluated() =>
        Gen.Select(Gen.OneOf(Names), Gen.OneOf("==", "!=", "<", ">="), Gen.OneOf("Receipt", "pending", "A1", "_x", "tru", "nul")).Sample((field, op, word) =>
        {
            var path = $"$.Labels[?(@.{field}{op}{word})]";
            var state = JObject.Create(
                ("Type", new JString("Pass")),
                ("Parameters", JObject.Create(("r.$", (JValue)new JString(path)))),
                ("InputPath", new JString(path)),
                ("End", JBool.True));
            var definition = JObject.Create(("StartAt", new JString("S")), ("States", JObject.Create(("S", (JValue)state)))).ToJson();
            Assert.Empty(DefinitionValidator.Validate(definition, ValidationOptions.Standard));

            var e = Assert.Throws<StatesException>(() => JsonPath.Parse(path).TryEvaluate(Document, DataScope.Empty, out _));
            Assert.Equal(StatesErrors.Runtime, e.Error);
            Assert.Contains("Failed to parse filter: [?(", e.Cause);
            Assert.Contains($"char: {word[0]}", e.Cause);
        }, iter: 200);

    [Theory]
    [InlineData("$.a[0] b")]
    [InlineData(" $.a")]
    [InlineData("$.a.")]
    [InlineData("$.a[?(@.b == #)]")]
    public void What_jayway_rejects_stays_rejected(string path) =>
        Assert.False(JsonPath.TryParse(path, out _, out _));
}
