using Cairn.Asl.Model;
using Cairn.Asl.Parsing;
using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// The state a TestState request tests: its compiled form and its definition as sent. A single
/// state is validated and compiled as the only state of a workflow (its transition targets stand
/// for states outside the test); with a state name the whole definition is validated and the
/// state is looked up in it, nested workflows included.
/// </summary>
internal sealed class TestTarget
{
    /// <summary>The name a single state under test runs under (its <c>$$.State.Name</c>).</summary>
    public const string SingleStateName = "StateName";

    private TestTarget(State state, JObject definition)
    {
        State = state;
        Definition = definition;
    }

    public State State { get; }

    /// <summary>The state's own JSON (fields the compiled model does not keep, such as ResultWriter).</summary>
    public JObject Definition { get; }

    public static TestTarget Resolve(string definitionText, string? stateName)
    {
        if (stateName is null)
        {
            var state = Parse(definitionText);
            return FromSingleState(state);
        }

        var machine = Compile(definitionText);
        var document = (JObject)JValue.Parse(definitionText);
        return Find(machine, document, stateName)
            ?? throw TestStateException.Validation("State not found in definition");
    }

    private static JObject Parse(string text)
    {
        if (JValue.TryParse(text, out var value, out _) && value is JObject state)
        {
            return state;
        }

        // Not a JSON object: the validator says why, as it does for a whole definition.
        throw Invalid(DefinitionValidator.Validate(text, ValidationOptions.Standard), text);
    }

    private static TestTarget FromSingleState(JObject state)
    {
        var states = new List<KeyValuePair<string, JValue>> { new(SingleStateName, state) };
        foreach (var target in TransitionTargets(state))
        {
            if (target != SingleStateName && states.All(s => s.Key != target))
            {
                states.Add(new(target, JObject.Create(("Type", new JString("Succeed")))));
            }
        }

        var wrapper = JObject.Create(("StartAt", new JString(SingleStateName)), ("States", JObject.Create(states)));
        var machine = Compile(wrapper.ToJson());
        return new TestTarget(machine.States[SingleStateName], state);
    }

    private static StateMachine Compile(string text)
    {
        var diagnostics = DefinitionValidator.Validate(text, ValidationOptions.Standard);
        if (!DefinitionValidator.IsValid(diagnostics))
        {
            throw Invalid(diagnostics, text);
        }

        try
        {
            return DefinitionParser.Parse((JObject)JValue.Parse(text));
        }
        catch (DefinitionException e)
        {
            throw Invalid(e.Diagnostics, text);
        }
    }

    private static TestStateException Invalid(IReadOnlyList<Diagnostic> diagnostics, string text) =>
        new(TestStateException.InvalidDefinition, DefinitionValidator.FormatInvalidDefinitionMessage(diagnostics, text));

    /// <summary>Next, Default, the Choice rules' Next and the Catchers' Next of a state.</summary>
    private static IEnumerable<string> TransitionTargets(JObject state)
    {
        if (state["Next"] is JString next)
        {
            yield return next.Value;
        }

        if (state["Default"] is JString defaultTarget)
        {
            yield return defaultTarget.Value;
        }

        foreach (var field in new[] { "Choices", "Catch" })
        {
            if (state[field] is JArray entries)
            {
                foreach (var entry in entries)
                {
                    if (entry is JObject obj && obj["Next"] is JString target)
                    {
                        yield return target.Value;
                    }
                }
            }
        }
    }

    private static TestTarget? Find(StateMachine machine, JObject document, string name)
    {
        var statesJson = document["States"] as JObject;
        foreach (var (stateName, state) in machine.States)
        {
            var json = statesJson?[stateName] as JObject ?? JObject.Empty;
            if (stateName == name)
            {
                return new TestTarget(state, json);
            }

            var nested = state switch
            {
                ParallelState parallel => FindInBranches(parallel, json, name),
                MapState map => Find(map.ItemProcessor, (json["ItemProcessor"] ?? json["Iterator"]) as JObject ?? JObject.Empty, name),
                _ => null,
            };
            if (nested is not null)
            {
                return nested;
            }
        }

        return null;
    }

    private static TestTarget? FindInBranches(ParallelState parallel, JObject json, string name)
    {
        var branches = json["Branches"] as JArray;
        for (var i = 0; i < parallel.Branches.Count; i++)
        {
            var branchJson = branches is not null && i < branches.Count ? branches[i] as JObject : null;
            if (Find(parallel.Branches[i], branchJson ?? JObject.Empty, name) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
