using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// JSONata states: Arguments in, Output and Assign out (with <c>$states.result</c> or
/// <c>$states.errorOutput</c> where AWS provides them), Choice rules with a Condition, Map
/// Items, and the EvaluationFailed event AWS records when an expression fails.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>What a JSONata Task or Parallel state passes on: its Arguments, or its input when it has none.</summary>
    internal static JValue JsonataArguments(IDataScope scope, JsonataHandling jsonata, JValue input) =>
        jsonata.Arguments is { } arguments ? arguments.Evaluate(new JsonataScope(scope, input)) : input;

    /// <summary>
    /// Finishes a JSONata state. Task, Parallel and Map states see their result as
    /// <c>$states.result</c> and output it by default; the others output their input by default.
    /// </summary>
    private void CompleteJsonata(Frame frame, State state, JsonataHandling jsonata, JValue result)
    {
        var (output, assigned) = JsonataCompletion(frame, state, jsonata, frame.Input, result);
        Exit(frame, state, output, assigned);
    }

    /// <summary>The output and assignments of a JSONata state given its <paramref name="input"/> and <paramref name="result"/>.</summary>
    internal static (JValue Output, JObject? Assigned) JsonataCompletion(IDataScope scope, State state, JsonataHandling jsonata, JValue input, JValue result)
    {
        var hasResult = state.Type is StateType.Task or StateType.Parallel or StateType.Map;
        return JsonataExit(jsonata, new JsonataScope(scope, input, hasResult ? result : null), hasResult ? result : input);
    }

    /// <summary>Assign, then Output (default <paramref name="defaultOutput"/>); both see the variables as they were when the state was entered.</summary>
    internal static (JValue Output, JObject? Assigned) JsonataExit(JsonataHandling jsonata, JsonataScope scope, JValue defaultOutput)
    {
        var assigned = jsonata.Assign?.Evaluate(scope) as JObject;
        var output = jsonata.Output is { } template ? template.Evaluate(scope) : defaultOutput;
        return (output, assigned);
    }

    /// <summary>
    /// The first rule whose Condition holds leads on; its Output replaces the state's, and the
    /// state's Assign applies whichever rule matched, the rule's own Assign overriding it name by
    /// name. Without a match the Default takes the state's Output and Assign.
    /// </summary>
    private static (State Next, JValue Output, JObject? Assigned) ChooseJsonata(IDataScope dataScope, ChoiceState choice, JsonataHandling jsonata, JValue input)
    {
        var scope = new JsonataScope(dataScope, input);
        var choices = choice.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            var branch = choices[i];
            if (branch.Rule.Evaluate(input, dataScope))
            {
                var rule = branch.Jsonata ?? JsonataHandling.None;
                var assigned = Merge(jsonata.Assign?.Evaluate(scope) as JObject, rule.Assign?.Evaluate(scope) as JObject);
                var output = (rule.Output ?? jsonata.Output)?.Evaluate(scope) ?? input;
                return (branch.Next, output, assigned);
            }
        }

        if (choice.Default is null)
        {
            throw new StatesException(StatesErrors.NoChoiceMatched, "No Matches!");
        }

        var (defaultOutput, defaultAssigned) = JsonataExit(jsonata, scope, input);
        return (choice.Default, defaultOutput, defaultAssigned);
    }

    /// <summary>The assignments of <paramref name="first"/>, then those of <paramref name="second"/>, which win on the same name.</summary>
    private static JObject? Merge(JObject? first, JObject? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        var builder = new JObjectBuilder(first.Count + second.Count);
        foreach (var (name, value) in first.Members)
        {
            builder.Set(name, value);
        }

        foreach (var (name, value) in second.Members)
        {
            builder.Set(name, value);
        }

        return builder.Build();
    }

    /// <summary>
    /// A JSONata Catcher outputs the error output (<c>$states.errorOutput</c>) unless its Output
    /// says otherwise. When one of its expressions fails, the state fails with that error.
    /// </summary>
    private void CatchJsonata(Frame frame, Catcher catcher, JObject errorOutput)
    {
        JValue output;
        JObject? assigned;
        try
        {
            (output, assigned) = CatcherOutput(frame, catcher, frame.Input, errorOutput);
        }
        catch (StatesException e)
        {
            RecordEvaluationFailed(frame, e, beforeChildren: false);
            FailFrame(frame, e.Error, RuntimeCause(frame, e));
            return;
        }

        ExitTo(frame, frame.Current, catcher.Next, output, assigned);
    }

    /// <summary>A JSONata Map's items: its Items (default: the state input), which must be an array.</summary>
    internal static JArray JsonataItems(IDataScope scope, MapState map, JValue input)
    {
        if (map.Configuration.Items is not { } template)
        {
            return input as JArray ?? throw JsonataErrors.ItemsNotArray(input);
        }

        var items = template.Evaluate(new JsonataScope(scope, input));
        return items as JArray ?? throw JsonataErrors.UnexpectedType(template.Query?.Text ?? items.ToJson(), template.Field, "array", items);
    }

    /// <summary>
    /// A JSONata state whose evaluation failed records EvaluationFailed before it fails (or
    /// catches). AWS links it to the state's entered event for a Wait state, and to the event
    /// before that for the others; a Map or Parallel state that fails before starting its
    /// children also records its failed event.
    /// </summary>
    private void RecordEvaluationFailed(Frame frame, StatesException e, bool beforeChildren)
    {
        var state = frame.Current;
        if (state.Jsonata is null || e.Error != StatesErrors.QueryEvaluationError || frame.Silent)
        {
            return;
        }

        var previous = state.Type == StateType.Wait || frame.EnteredEventId == 0
            ? frame.EnteredEventId
            : _history[(int)frame.EnteredEventId - 1].PreviousEventId;
        var details = new EvaluationFailedEventDetails(e.Error, RuntimeCause(frame, e), e.Location, state.Name);
        frame.LastEventId = Record(HistoryEventType.EvaluationFailed, previous, details).Id;
        if (beforeChildren && state.Type is StateType.Map or StateType.Parallel)
        {
            Record(frame, state.Type == StateType.Map ? HistoryEventType.MapStateFailed : HistoryEventType.ParallelStateFailed, null);
        }
    }
}
