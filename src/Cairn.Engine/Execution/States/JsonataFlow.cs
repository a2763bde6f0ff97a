using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>
/// How data flows through a JSONata state: Arguments in, Output and Assign out (with
/// <c>$states.result</c> or <c>$states.errorOutput</c> where AWS provides them), and a Map's Items.
/// </summary>
internal static class JsonataFlow
{
    /// <summary>What a JSONata Task or Parallel state passes on: its Arguments, or its input when it has none.</summary>
    public static JValue Arguments(IDataScope scope, JsonataHandling jsonata, JValue input) =>
        jsonata.Arguments is { } arguments ? arguments.Evaluate(new JsonataScope(scope, input)) : input;

    /// <summary>
    /// The output and assignments of a JSONata state given its <paramref name="input"/> and
    /// <paramref name="result"/>. Task, Parallel and Map states see their result as
    /// <c>$states.result</c> and output it by default; the others output their input by default.
    /// </summary>
    public static (JValue Output, JObject? Assigned) Completion(IDataScope scope, State state, JsonataHandling jsonata, JValue input, JValue result)
    {
        var hasResult = state.Type is StateType.Task or StateType.Parallel or StateType.Map;
        return Exit(jsonata, new JsonataScope(scope, input, hasResult ? result : null), hasResult ? result : input);
    }

    /// <summary>Assign, then Output (default <paramref name="defaultOutput"/>); both see the variables as they were when the state was entered.</summary>
    public static (JValue Output, JObject? Assigned) Exit(JsonataHandling jsonata, JsonataScope scope, JValue defaultOutput)
    {
        var assigned = jsonata.Assign?.Evaluate(scope) as JObject;
        var output = jsonata.Output is { } template ? template.Evaluate(scope) : defaultOutput;
        return (output, assigned);
    }

    /// <summary>A JSONata Map's items: its Items (default: the state input), which must be an array.</summary>
    public static JArray Items(IDataScope scope, MapState map, JValue input)
    {
        if (map.Configuration.Items is not { } template)
        {
            return input as JArray ?? throw JsonataErrors.ItemsNotArray(input);
        }

        var items = template.Evaluate(new JsonataScope(scope, input));
        return items as JArray ?? throw JsonataErrors.UnexpectedType(template.Query?.Text ?? items.ToJson(), template.Field, "array", items);
    }
}
