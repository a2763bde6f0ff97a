using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>Which way a Choice state goes, with its output and assignments.</summary>
internal static class ChoiceRules
{
    /// <summary>
    /// The state a Choice state leads to, its output and its assignments: the first rule that
    /// holds, else the Default; neither is States.NoChoiceMatched.
    /// </summary>
    public static (State Next, JValue Output, JObject? Assigned) Choose(IDataScope scope, ChoiceState choice, JValue input)
    {
        if (choice.Jsonata is { } jsonata)
        {
            return ChooseJsonata(scope, choice, jsonata, input);
        }

        var effective = DataFlow.ApplyInputPath(scope, choice, input);
        var choices = choice.Choices;
        for (var i = 0; i < choices.Count; i++)
        {
            var branch = choices[i];
            if (branch.Rule.Evaluate(effective, scope))
            {
                var assigned = DataFlow.Assign(scope, branch.Assign, effective);
                return (branch.Next, DataFlow.ApplyOutputPath(scope, choice, effective), assigned);
            }
        }

        if (choice.Default is null)
        {
            throw new StatesException(StatesErrors.NoChoiceMatched, "No Matches!");
        }

        return (choice.Default, DataFlow.ApplyOutputPath(scope, choice, effective), DataFlow.Assign(scope, choice.Assign, effective));
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

        var (defaultOutput, defaultAssigned) = JsonataFlow.Exit(jsonata, scope, input);
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
}
