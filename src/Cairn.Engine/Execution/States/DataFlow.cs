using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>
/// How data flows through a JSONPath state, with AWS's errors: InputPath, Parameters (or JSONata
/// Arguments), ResultSelector, Assign, ResultPath, OutputPath, and a Map's ItemsPath. Stateless:
/// the interpreter and TestState call the same rules.
/// </summary>
internal static class DataFlow
{
    public static JValue ApplyInputPath(IDataScope scope, State state, JValue input) => SelectPath(scope, "InputPath", state.InputPath, input);

    public static JValue ApplyOutputPath(IDataScope scope, State state, JValue output) => SelectPath(scope, "OutputPath", state.OutputPath, output);

    /// <summary>
    /// What a Pass, Task or Parallel state works on: its JSONata Arguments (evaluated against the
    /// state input), its Parameters (against the effective input), or the effective input.
    /// </summary>
    public static JValue EffectiveParameters(IDataScope scope, State state, ResultHandling handling, JValue effective) =>
        state.Jsonata is { } jsonata
            ? JsonataFlow.Arguments(scope, jsonata, effective)
            : handling.Parameters is { } template ? template.Evaluate(effective, scope) : effective;

    /// <summary>
    /// A JSONPath state's result processing after its result is known: ResultSelector, Assign
    /// (evaluated against the selected result), ResultPath into the raw input, OutputPath.
    /// </summary>
    public static ResultStages ProcessResult(IDataScope scope, State state, ResultHandling handling, JValue input, JValue result)
    {
        if (handling.ResultSelector is { } selector)
        {
            result = selector.Evaluate(result, scope);
        }

        var assigned = Assign(scope, state.Assign, result);
        var afterResultPath = handling.ResultPathIsNull ? input : ApplyReferencePath(handling.ResultPath, input, result);
        return new ResultStages(result, assigned, afterResultPath, ApplyOutputPath(scope, state, afterResultPath));
    }

    /// <summary>Places <paramref name="result"/> into <paramref name="input"/> at a reference path (ResultPath); <c>$</c> or none replaces the input.</summary>
    public static JValue ApplyReferencePath(JsonPath? path, JValue input, JValue result)
    {
        if (path is null || path.Text == "$")
        {
            return result;
        }

        try
        {
            return path.Apply(input, result);
        }
        catch (PathMatchException)
        {
            throw new StatesException(
                StatesErrors.ResultPathMatchFailure,
                $"Unable to apply step \"{LastStep(path.Text)}\" to input {input.ToJson()}");
        }
    }

    /// <summary>
    /// Evaluates an Assign block against <paramref name="value"/>. The variables change only when
    /// the state exits: the state's own OutputPath still sees the values they had when it was entered.
    /// </summary>
    public static JObject? Assign(IDataScope scope, PayloadTemplate? assign, JValue value) => assign?.Evaluate(value, scope) as JObject;

    /// <summary>A Map's items selected by its ItemsPath.</summary>
    public static JValue SelectItems(IDataScope scope, JsonPath path, JValue effective) =>
        path.TryEvaluate(effective, scope, out var items) ? items : throw FieldCauses.Missing("ItemsPath", path, effective);

    /// <summary>A Fail state's Error or Cause as text: a string as it is, anything else as JSON.</summary>
    public static string? TextOf(JValue? value) => value switch
    {
        null => null,
        JString s => s.Value,
        _ => value.ToJson(),
    };

    private static JValue SelectPath(IDataScope scope, string field, JsonPath? path, JValue value)
    {
        if (path is null)
        {
            return JObject.Empty;
        }

        return path.TryEvaluate(value, scope, out var selected) ? selected : throw FieldCauses.Missing(field, path, value);
    }

    private static string LastStep(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot >= 0 ? path[(dot + 1)..] : path;
    }
}
