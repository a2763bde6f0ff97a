using Cairn.Asl.Jsonata;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>
/// The cause AWS gives when a field's path matches nothing, or when the value a field gets (from
/// its path, or in a JSONata state from its expression) is not one the field takes: one row per
/// field, worded as AWS words it. The interpreter's call sites ask here instead of wording causes
/// themselves; the state name prefix is added by the interpreter.
/// </summary>
/// <remarks>
/// Sources: AWS's recorded executions give the SecondsPath and TimestampPath texts, "Invalid path
/// ... No results for path" for InputPath, OutputPath, TimeoutSecondsPath and HeartbeatSecondsPath,
/// the "field refers to value" texts of MaxConcurrencyPath and the ToleratedFailure paths, the
/// percentage range text, and "Reference path ... must point to array" for ItemsPath (TestState).
/// The rest follow the family of the field they sit with: a missing TimestampPath is worded as a
/// missing SecondsPath, the task timeouts as the other seconds-valued path, a negative tolerated
/// failure count as the percentage's range.
/// </remarks>
public static class FieldCauses
{
    private const string NoResults = "Invalid path '{path}' : No results for path: {normalized}";

    private const string NotFound = "The JSONPath '{path}' specified for the field '{field}' could not be found in the input '{input}'";

    /// <summary>The fields with texts of their own; every other field's path uses <see cref="NotFound"/>.</summary>
    private static readonly Dictionary<string, FieldTexts> Table = new(StringComparer.Ordinal)
    {
        ["SecondsPath"] = new(
            "The SecondsPath parameter does not reference an input value: {path}",
            "The SecondsPath parameter cannot be parsed as a long value: {path} == {value}"),
        ["TimestampPath"] = new(
            "The TimestampPath parameter does not reference an input value: {path}",
            "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {path} == {value}"),
        ["TimeoutSecondsPath"] = new(NoResults, "The TimeoutSecondsPath parameter cannot be parsed as a long value: {path} == {value}"),
        ["HeartbeatSecondsPath"] = new(NoResults, "The HeartbeatSecondsPath parameter cannot be parsed as a long value: {path} == {value}"),
        ["MaxConcurrencyPath"] = new(NoResults, "The MaxConcurrencyPath field refers to value \"{value}\" which is not a valid integer: {path}"),
        ["ToleratedFailureCountPath"] = new(
            NoResults,
            "The ToleratedFailureCountPath field refers to value \"{value}\" which is not a valid integer: {path}",
            "ToleratedFailureCount cannot be negative."),
        ["ToleratedFailurePercentagePath"] = new(
            NoResults,
            "The ToleratedFailurePercentagePath field refers to value \"{value}\" which is not a valid float: {path}",
            "ToleratedFailurePercentage must be between 0 and 100."),
        ["InputPath"] = new(NoResults, null),
        ["OutputPath"] = new(NoResults, null),
        ["ItemsPath"] = new(NoResults, "Reference path \"{reference}\" must point to array."),

        // The fields themselves, given literally or (JSONata) as an expression.
        ["Seconds"] = new(null, "The Seconds field must be a non-negative integer: {json}"),
        ["Timestamp"] = new(null, "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: {value}"),
        ["TimeoutSeconds"] = new(null, "The TimeoutSeconds field must be a positive integer: {json}"),
        ["HeartbeatSeconds"] = new(null, "The HeartbeatSeconds field must be a positive integer: {json}"),
        ["MaxConcurrency"] = new(null, "The MaxConcurrency field must be a non-negative integer: {json}"),
        ["ToleratedFailureCount"] = new(null, "The ToleratedFailureCount field must be an integer: {json}", "ToleratedFailureCount cannot be negative."),
        ["ToleratedFailurePercentage"] = new(null, "The ToleratedFailurePercentage field must be a number: {json}", "ToleratedFailurePercentage must be between 0 and 100."),
    };

    /// <summary>States.Runtime: <paramref name="source"/>'s path matched nothing in <paramref name="input"/>.</summary>
    public static StatesException Missing(ValueSource source, JValue input) =>
        Missing(source.FieldName, source.Path!, input);

    /// <summary>States.Runtime: the path of <paramref name="field"/> matched nothing in <paramref name="input"/>.</summary>
    public static StatesException Missing(string field, JsonPath path, JValue input)
    {
        var text = Table.TryGetValue(field, out var texts) && texts.Missing is { } missing ? missing : NotFound;
        return new StatesException(StatesErrors.Runtime, Fill(text, field, path, input));
    }

    /// <summary>
    /// <paramref name="value"/> is not of the type <paramref name="source"/>'s field takes
    /// (<paramref name="expected"/>: AWS's JSON type name, as JSONata errors give it).
    /// </summary>
    public static StatesException Invalid(ValueSource source, JValue value, string expected)
    {
        if (source.Query is { } query)
        {
            return JsonataErrors.UnexpectedType(query.Text, source.FieldName, expected, value);
        }

        return Rejected(source, value, Table[source.FieldName].Invalid!);
    }

    /// <summary>
    /// <paramref name="value"/> has the right type but lies outside what <paramref name="source"/>'s
    /// field takes (a negative number of seconds, a fraction where an integer is needed, a
    /// percentage above 100).
    /// </summary>
    public static StatesException OutOfRange(ValueSource source, JValue value)
    {
        var texts = Table[source.FieldName];
        return Rejected(source, value, texts.OutOfRange ?? texts.Invalid!);
    }

    /// <summary>States.Runtime: the items a Map's ItemsPath (or, without one, its input) selected are not an array.</summary>
    public static StatesException ItemsNotArray(JsonPath? itemsPath, JValue items) =>
        new(StatesErrors.Runtime, Fill(Table["ItemsPath"].Invalid!, "ItemsPath", itemsPath, items));

    /// <summary>A path's or a literal's bad value is States.Runtime; an expression's is a query evaluation error of its field.</summary>
    private static StatesException Rejected(ValueSource source, JValue value, string text)
    {
        var cause = Fill(text, source.FieldName, source.Path, value);
        return source.Query is null
            ? new StatesException(StatesErrors.Runtime, cause)
            : new StatesException(StatesErrors.QueryEvaluationError, cause) { Location = source.FieldName };
    }

    private static string Fill(string text, string field, JsonPath? path, JValue value)
    {
        var pathText = path?.Text ?? "$";
        return text
            .Replace("{path}", pathText, StringComparison.Ordinal)
            .Replace("{normalized}", path?.NormalizedText ?? "$", StringComparison.Ordinal)

            // A context object path is quoted relative to the context object ($$.Execution → $.Execution).
            .Replace("{reference}", pathText.StartsWith("$$", StringComparison.Ordinal) ? pathText[1..] : pathText, StringComparison.Ordinal)
            .Replace("{field}", field, StringComparison.Ordinal)
            .Replace("{input}", value.ToJson(), StringComparison.Ordinal)
            .Replace("{json}", value.ToJson(), StringComparison.Ordinal)
            .Replace("{value}", value is JString s ? s.Value : value.ToJson(), StringComparison.Ordinal);
    }

    /// <param name="Missing">When the field's path matches nothing.</param>
    /// <param name="Invalid">When the value is not of the field's type.</param>
    /// <param name="OutOfRange">When the value has the type but not an allowed value (else <paramref name="Invalid"/>).</param>
    private sealed record FieldTexts(string? Missing, string? Invalid, string? OutOfRange = null);
}
