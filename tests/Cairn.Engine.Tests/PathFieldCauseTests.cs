using System.Globalization;
using Cairn.Engine.Tests.Support;
using Cairn.Json;
using CsCheck;

namespace Cairn.Engine.Tests;

/// <summary>
/// Every field that takes its value from a path (and, in JSONata states, from an expression) fails
/// with AWS's own cause for that field when the path matches nothing or the value is one the field
/// cannot take: checked over generated values (negative, fractional, too large, text, numbers as
/// text, booleans, null, objects, arrays, nothing) for each field.
/// </summary>
public sealed class PathFieldCauseTests
{
    /// <summary>A field: the definition that reads it from <c>$.v</c>, which values it takes, and AWS's causes.</summary>
    private sealed record Field(
        string Name,
        string Definition,
        Func<JValue, bool> Takes,
        Func<string, string> Missing,
        Func<JValue, string> Invalid);

    private static string Text(JValue value) => value is JString s ? s.Value : value.ToJson();

    private static bool Integer(JValue value, long min, long max) => value is JNumber { IsIntegral: true } n && n.IntegerValue >= min && n.IntegerValue <= max;

    private static bool IntegerOrText(JValue value) =>
        Integer(value, 0, long.MaxValue) || (value is JString s && long.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _));

    private static bool PercentageOrText(JValue value) =>
        (value is JNumber n ? n.DoubleValue : value is JString s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : double.NaN) is >= 0 and <= 100;

    private const string Task = "\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"Parameters\": {\"FunctionName\": \"f\"}";
    private const string Processor = "\"ItemProcessor\": {\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": \"STANDARD\"}, \"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}";

    private static string Machine(string state) => "{\"StartAt\": \"S\", \"States\": {\"S\": {" + state + ", \"End\": true}}}";

    private static readonly string NoResults = "Invalid path '$.v' : No results for path: $['v']";

    private static readonly Field[] Fields =
    [
        new("SecondsPath", Machine("\"Type\": \"Wait\", \"SecondsPath\": \"$.v\""), v => Integer(v, 0, int.MaxValue),
            p => $"The SecondsPath parameter does not reference an input value: {p}",
            v => $"The SecondsPath parameter cannot be parsed as a long value: $.v == {Text(v)}"),
        new("TimestampPath", Machine("\"Type\": \"Wait\", \"TimestampPath\": \"$.v\""), v => v is JString { Value: "2030-01-01T00:00:00Z" },
            p => $"The TimestampPath parameter does not reference an input value: {p}",
            v => $"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.v == {Text(v)}"),
        new("TimeoutSecondsPath", Machine(Task + ", \"TimeoutSecondsPath\": \"$.v\""), v => Integer(v, 1, 99999999),
            _ => NoResults,
            v => $"The TimeoutSecondsPath parameter cannot be parsed as a long value: $.v == {Text(v)}"),
        new("HeartbeatSecondsPath", Machine(Task + ", \"HeartbeatSecondsPath\": \"$.v\""), v => Integer(v, 1, 99999999),
            _ => NoResults,
            v => $"The HeartbeatSecondsPath parameter cannot be parsed as a long value: $.v == {Text(v)}"),
        new("MaxConcurrencyPath", Machine("\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"MaxConcurrencyPath\": \"$.v\", \"ItemProcessor\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}"), IntegerOrText,
            _ => NoResults,
            v => $"The MaxConcurrencyPath field refers to value \"{Text(v)}\" which is not a valid integer: $.v"),
        new("ToleratedFailureCountPath", Machine("\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"ToleratedFailureCountPath\": \"$.v\", " + Processor), IntegerOrText,
            _ => NoResults,
            v => Integer(v, long.MinValue, -1) ? "ToleratedFailureCount cannot be negative." : $"The ToleratedFailureCountPath field refers to value \"{Text(v)}\" which is not a valid integer: $.v"),
        new("ToleratedFailurePercentagePath", Machine("\"Type\": \"Map\", \"ItemsPath\": \"$.items\", \"ToleratedFailurePercentagePath\": \"$.v\", " + Processor), PercentageOrText,
            _ => NoResults,
            v => v is JNumber || (v is JString s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                ? "ToleratedFailurePercentage must be between 0 and 100."
                : $"The ToleratedFailurePercentagePath field refers to value \"{Text(v)}\" which is not a valid float: $.v"),
        new("ItemsPath", Machine("\"Type\": \"Map\", \"ItemsPath\": \"$.v\", \"ItemProcessor\": {\"StartAt\": \"I\", \"States\": {\"I\": {\"Type\": \"Pass\", \"End\": true}}}"), v => v is JArray or JObject,
            _ => NoResults,
            _ => "Reference path \"$.v\" must point to array."),
        new("InputPath", Machine("\"Type\": \"Pass\", \"InputPath\": \"$.v\""), _ => true, _ => NoResults, _ => ""),
        new("OutputPath", Machine("\"Type\": \"Pass\", \"OutputPath\": \"$.v\""), _ => true, _ => NoResults, _ => ""),
        new("ErrorPath", """{"StartAt": "S", "States": {"S": {"Type": "Fail", "ErrorPath": "$.v"}}}""", _ => true,
            _ => "The JSONPath '$.v' specified for the field 'ErrorPath' could not be found in the input '{\"items\":[1,2]}'", _ => ""),
    ];

    private static readonly JValue[] Values =
    [
        JNumber.From(-1), JNumber.From(0), JNumber.From(3), JNumber.From(-1.5), JNumber.From(2.5), JNumber.From(100000000), JValue.Parse("1e20"),
        JNumber.From(150), new JString("text"), new JString("12"), new JString("-4"), new JString("12.5"), JBool.True, JNull.Instance,
        JObject.Empty, JValue.Parse("[1]"), new JString("2030-01-01T00:00:00Z"), new JString("2030-01-01 00:00:00"),
    ];

    [Fact]
    public void Each_path_field_fails_with_its_own_cause() =>
        Gen.Select(Gen.Int[0, Fields.Length - 1], Gen.Int[-1, Values.Length - 1]).Sample(async (f, v) =>
        {
            var field = Fields[f];
            var input = v < 0 ? """{"items": [1, 2]}""" : JObject.Create(("items", JValue.Parse("[1, 2]")), ("v", Values[v])).ToJson();
            var run = await Run.Execute(field.Definition, input);
            if (v >= 0 && field.Takes(Values[v]))
            {
                Assert.False(run.Cause?.Contains("$.v", StringComparison.Ordinal) == true, $"{field.Name} took {Values[v].ToJson()} but failed: {run.Cause}");
                return;
            }

            var expected = v < 0 ? field.Missing("$.v") : field.Invalid(Values[v]);
            Assert.Equal("States.Runtime", run.Error);
            Assert.EndsWith(expected, run.Cause);
        }, iter: 400, threads: 1);

    /// <summary>JSONata states: the field's expression yields a value of another type, or one out of the field's range.</summary>
    [Fact]
    public void Each_jsonata_field_fails_with_a_query_evaluation_error_of_that_field() =>
        Gen.Select(Gen.OneOf(
                ("Seconds", "\"Type\": \"Wait\", \"Seconds\": \"{% $states.input.v %}\"", "integer", 0L, (long)int.MaxValue, "The Seconds field must be a non-negative integer: "),
                ("TimeoutSeconds", Task.Replace("Parameters", "Arguments", StringComparison.Ordinal) + ", \"TimeoutSeconds\": \"{% $states.input.v %}\"", "integer", 1L, 99999999L, "The TimeoutSeconds field must be a positive integer: "),
                ("HeartbeatSeconds", Task.Replace("Parameters", "Arguments", StringComparison.Ordinal) + ", \"HeartbeatSeconds\": \"{% $states.input.v %}\"", "integer", 1L, 99999999L, "The HeartbeatSeconds field must be a positive integer: ")),
            Gen.Int[0, Values.Length - 1]).Sample(async (spec, v) =>
        {
            var (name, state, expected, min, max, rangeText) = spec;
            var value = Values[v];
            var definition = Machine(state).Replace("{\"StartAt\"", "{\"QueryLanguage\": \"JSONata\", \"StartAt\"", StringComparison.Ordinal);
            var run = await Run.Execute(definition, JObject.Create(("v", value)).ToJson());
            if (Integer(value, min, max))
            {
                Assert.NotEqual("States.QueryEvaluationError", run.Error);
                return;
            }

            Assert.Equal("States.QueryEvaluationError", run.Error);
            Assert.EndsWith(
                value is JNumber
                    ? rangeText + value.ToJson()
                    : $"The JSONata expression '$states.input.v' specified for the field '{name}' returned an unexpected result type. Expected '{expected}', but was '{value.Kind.TypeName()}' for value: {value.ToJson()}",
                run.Cause);
        }, iter: 200, threads: 1);
}
