using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>InputPath, ResultPath, OutputPath and Assign, with AWS's errors.</summary>
public sealed partial class Interpreter
{
    internal static JValue ApplyInputPath(IDataScope scope, State state, JValue input) => SelectPath(scope, "InputPath", state.InputPath, input);

    internal static JValue ApplyOutputPath(IDataScope scope, State state, JValue output) => SelectPath(scope, "OutputPath", state.OutputPath, output);

    private static JValue SelectPath(IDataScope scope, string field, JsonPath? path, JValue value)
    {
        if (path is null)
        {
            return JObject.Empty;
        }

        return path.TryEvaluate(value, scope, out var selected) ? selected : throw FieldCauses.Missing(field, path, value);
    }

    /// <summary>
    /// A JSONPath state's result processing after its result is known: ResultSelector, Assign
    /// (evaluated against the selected result), ResultPath into the raw input, OutputPath.
    /// </summary>
    internal static ResultStages ProcessResult(IDataScope scope, State state, ResultHandling handling, JValue input, JValue result)
    {
        if (handling.ResultSelector is { } selector)
        {
            result = selector.Evaluate(result, scope);
        }

        var assigned = Assign(scope, state.Assign, result);
        var afterResultPath = ApplyResultPath(handling, input, result);
        return new ResultStages(result, assigned, afterResultPath, ApplyOutputPath(scope, state, afterResultPath));
    }

    private static JValue ApplyResultPath(ResultHandling handling, JValue input, JValue result)
    {
        if (handling.ResultPathIsNull)
        {
            return input;
        }

        return ApplyReferencePath(handling.ResultPath, input, result);
    }

    private static JValue ApplyReferencePath(JsonPath? path, JValue input, JValue result)
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

    private static string LastStep(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot >= 0 ? path[(dot + 1)..] : path;
    }

    /// <summary>
    /// Evaluates an Assign block against <paramref name="value"/>. The variables change only when
    /// the state exits (see <see cref="SetVariables"/>): the state's own OutputPath still sees the
    /// values they had when it was entered.
    /// </summary>
    internal static JObject? Assign(IDataScope scope, PayloadTemplate? assign, JValue value) => assign?.Evaluate(value, scope) as JObject;

    private static void SetVariables(Frame frame, JObject? assigned)
    {
        if (assigned is null)
        {
            return;
        }

        foreach (var (name, variable) in assigned.Members)
        {
            frame.Variables.Set(name, variable);
        }
    }

    /// <summary>Runtime errors carry the state and the event it was entered at, as AWS writes them.</summary>
    private static string RuntimeCause(Frame frame, StatesException e) =>
        e.Error is StatesErrors.Runtime or StatesErrors.QueryEvaluationError
            ? $"An error occurred while executing the state '{frame.Current.Name}' (entered at the event id #{frame.EnteredEventId}). {e.Cause}"
            : e.Cause;
}
