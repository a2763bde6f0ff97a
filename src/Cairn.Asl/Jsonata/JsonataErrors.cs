using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// The States.QueryEvaluationError causes of JSONata states, worded as AWS words them. The
/// interpreter prefixes them with the state and the event it was entered at.
/// </summary>
public static class JsonataErrors
{
    /// <summary>The expression threw: AWS follows its sentence with the JSONata error code and message.</summary>
    public static StatesException EvaluationFailed(string expression, string field, JsonataException error) =>
        Create(
            $"The JSONata expression '{expression}' specified for the field '{field}' threw an error during evaluation. {error.Code}: {error.Message}",
            field);

    public static StatesException Undefined(string expression, string field) =>
        Create($"The JSONata expression '{expression}' specified for the field '{field}' returned nothing (undefined).", field);

    public static StatesException UnsupportedResult(string expression, string field) =>
        Create($"The JSONata expression '{expression}' specified for the field '{field}' returned an unsupported result type.", field);

    /// <summary>A value of the wrong JSON type: <paramref name="expected"/> is AWS's type name (array, boolean, number, string, object).</summary>
    public static StatesException UnexpectedType(string expression, string field, string expected, JValue value) =>
        Create(
            $"The JSONata expression '{expression}' specified for the field '{field}' returned an unexpected result type. Expected '{expected}', but was '{value.Kind.TypeName()}' for value: {value.ToJson()}",
            field);

    /// <summary>A Map state whose items (its input, without an Items field) are not an array.</summary>
    public static StatesException ItemsNotArray(JValue items) =>
        new(StatesErrors.QueryEvaluationError, $"Map state input must be an array but was: {items.ToJson()}");

    private static StatesException Create(string cause, string field) => new(StatesErrors.QueryEvaluationError, cause) { Location = field };
}
