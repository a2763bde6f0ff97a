using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Asl.Model;
using Cairn.Asl.Paths;
using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Asl.Parsing;

/// <summary>
/// Builds the compiled model from a definition's JSON. Every path, template, intrinsic call and
/// choice rule is compiled here, once. Problems are reported as a <see cref="DefinitionException"/>
/// whose diagnostics say where (a JSON pointer such as <c>/States/Check/Choices/0</c>).
/// </summary>
public static partial class DefinitionParser
{
    public static StateMachine Parse(JObject definition) => ParseMachine(definition, "", QueryLanguage.JSONPath, isTopLevel: true);

    private static StateMachine ParseMachine(JObject obj, string location, QueryLanguage inherited, bool isTopLevel)
    {
        var language = inherited;
        if (obj.TryGetValue("QueryLanguage", out var ql) && isTopLevel)
        {
            language = ParseQueryLanguage(ql, location + "/QueryLanguage");
        }

        var startAt = RequireString(obj, "StartAt", location);
        var statesValue = Require(obj, "States", location) as JObject
            ?? throw Error(location + "/States", "States must be an object");
        var states = new Dictionary<string, State>(statesValue.Count, StringComparer.Ordinal);
        foreach (var (name, value) in statesValue.Members)
        {
            var stateLocation = $"{location}/States/{name}";
            if (value is not JObject stateObj)
            {
                throw Error(stateLocation, "A state must be an object");
            }

            states[name] = ParseState(name, stateObj, stateLocation, language);
        }

        if (!states.ContainsKey(startAt))
        {
            throw Error(location + "/StartAt", $"Missing 'Next' target: {startAt}", DiagnosticCodes.MissingTransitionTarget);
        }

        ResolveTransitions(states, location);
        int? timeout = obj.TryGetValue("TimeoutSeconds", out var t) && t is JNumber n ? (int)n.IntegerValue : null;
        return new StateMachine(
            startAt,
            states,
            language,
            OptionalString(obj, "Comment"),
            isTopLevel ? timeout : null,
            isTopLevel ? OptionalString(obj, "Version") : null);
    }

    private static void ResolveTransitions(Dictionary<string, State> states, string location)
    {
        State Target(string name, string at) =>
            states.TryGetValue(name, out var s) ? s : throw Error(at, $"Missing 'Next' target: {name}", DiagnosticCodes.MissingTransitionTarget);

        foreach (var state in states.Values)
        {
            var at = $"{location}/States/{state.Name}";
            if (state.NextName is not null)
            {
                state.Next = Target(state.NextName, at + "/Next");
            }

            if (state is ChoiceState choice)
            {
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    choice.Choices[i].Next = Target(choice.Choices[i].NextName, $"{at}/Choices/{i}/Next");
                }

                if (choice.DefaultName is not null)
                {
                    choice.Default = Target(choice.DefaultName, at + "/Default");
                }
            }

            var catchers = state switch
            {
                TaskState task => task.ErrorHandling.Catch,
                ParallelState parallel => parallel.ErrorHandling.Catch,
                MapState map => map.ErrorHandling.Catch,
                _ => Array.Empty<Catcher>(),
            };
            for (var i = 0; i < catchers.Count; i++)
            {
                catchers[i].Next = Target(catchers[i].NextName, $"{at}/Catch/{i}/Next");
            }
        }
    }

    private static State ParseState(string name, JObject obj, string location, QueryLanguage inherited)
    {
        var language = obj.TryGetValue("QueryLanguage", out var ql) ? ParseQueryLanguage(ql, location + "/QueryLanguage") : inherited;
        var type = RequireString(obj, "Type", location);
        var jsonata = language == QueryLanguage.JSONata;
        var common = new StateCommon(
            name,
            OptionalString(obj, "Comment"),
            language,
            OptionalString(obj, "Next"),
            obj.TryGetValue("End", out var end) && end is JBool { Value: true },
            jsonata ? RootPath : OptionalPath(obj, "InputPath", location),
            jsonata ? RootPath : OptionalPath(obj, "OutputPath", location),
            jsonata ? null : OptionalTemplate(obj, "Assign", location),
            jsonata ? ParseJsonataHandling(obj, location, string.Empty, arguments: type is "Task" or "Parallel") : null);

        return type switch
        {
            "Pass" => new PassState(common, jsonata ? null : obj["Result"], ParseHandling(obj, location, "Parameters", language)),
            "Succeed" => new SucceedState(common),
            "Fail" => new FailState(common, ParseSource(obj, "Error", location, language, allowIntrinsic: true), ParseSource(obj, "Cause", location, language, allowIntrinsic: true)),
            "Wait" => new WaitState(common, ParseSource(obj, "Seconds", location, language), ParseSource(obj, "Timestamp", location, language)),
            "Choice" => ParseChoice(common, obj, location),
            "Task" => new TaskState(
                common,
                RequireString(obj, "Resource", location),
                ParseHandling(obj, location, "Parameters", language),
                ParseErrorHandling(obj, location, language),
                ParseSource(obj, "TimeoutSeconds", location, language),
                ParseSource(obj, "HeartbeatSeconds", location, language),
                jsonata ? null : OptionalTemplate(obj, "Credentials", location)),
            "Parallel" => ParseParallel(common, obj, location, language),
            "Map" => ParseMap(common, obj, location, language),
            _ => throw Error(location + "/Type", $"Unknown state type '{type}'"),
        };
    }

    private static ChoiceState ParseChoice(StateCommon common, JObject obj, string location)
    {
        var choices = Require(obj, "Choices", location) as JArray ?? throw Error(location + "/Choices", "Choices must be an array");
        var branches = new ChoiceBranch[choices.Count];
        for (var i = 0; i < choices.Count; i++)
        {
            var at = $"{location}/Choices/{i}";
            if (choices[i] is not JObject ruleObj)
            {
                throw Error(at, "A choice rule must be an object");
            }

            if (common.QueryLanguage == QueryLanguage.JSONata)
            {
                var prefix = $"Choices[{i}]/";
                branches[i] = new ChoiceBranch(
                    ParseJsonataCondition(ruleObj, at, prefix + "Condition"),
                    RequireString(ruleObj, "Next", at),
                    null,
                    ParseJsonataHandling(ruleObj, at, prefix, arguments: false));
                continue;
            }

            ChoiceRule rule;
            try
            {
                rule = ChoiceRuleParser.Parse(ruleObj);
            }
            catch (AslSyntaxException e)
            {
                throw Error(at, e.Message);
            }

            branches[i] = new ChoiceBranch(rule, RequireString(ruleObj, "Next", at), OptionalTemplate(ruleObj, "Assign", at));
        }

        return new ChoiceState(common, branches, OptionalString(obj, "Default"));
    }

    private static ParallelState ParseParallel(StateCommon common, JObject obj, string location, QueryLanguage language)
    {
        var branchesValue = Require(obj, "Branches", location) as JArray ?? throw Error(location + "/Branches", "Branches must be an array");
        var branches = new StateMachine[branchesValue.Count];
        for (var i = 0; i < branches.Length; i++)
        {
            var at = $"{location}/Branches/{i}";
            branches[i] = ParseMachine(branchesValue[i] as JObject ?? throw Error(at, "A branch must be an object"), at, language, isTopLevel: false);
        }

        return new ParallelState(common, branches, ParseHandling(obj, location, "Parameters", language), ParseErrorHandling(obj, location, language));
    }

    private static MapState ParseMap(StateCommon common, JObject obj, string location, QueryLanguage language)
    {
        var processorField = StateFieldRules.MapProcessorField(obj);
        var processorObj = Require(obj, processorField, location) as JObject
            ?? throw Error($"{location}/{processorField}", $"{processorField} must be an object");
        var processor = ParseMachine(processorObj, $"{location}/{processorField}", language, isTopLevel: false);
        var distributed = processorObj.TryGetValue("ProcessorConfig", out var config)
            && config is JObject configObj
            && configObj.TryGetValue("Mode", out var mode)
            && mode is JString { Value: "DISTRIBUTED" };

        var selectorField = StateFieldRules.MapItemSelectorField(obj);
        var jsonata = language == QueryLanguage.JSONata;
        var configuration = new MapConfiguration(
            processor,
            distributed,
            jsonata ? null : OptionalPath(obj, "ItemsPath", location),
            jsonata ? null : OptionalTemplate(obj, selectorField, location),
            ParseSource(obj, "MaxConcurrency", location, language),
            ParseSource(obj, "ToleratedFailurePercentage", location, language),
            ParseSource(obj, "ToleratedFailureCount", location, language),
            OptionalString(obj, "Label"),
            jsonata ? OptionalJsonataTemplate(obj, "Items", location, "Items") : null,
            jsonata ? OptionalJsonataTemplate(obj, "ItemSelector", location, "ItemSelector") : null,
            ParseItemReader(obj, location, language),
            ParseItemBatcher(obj, location, language),
            ParseResultWriter(obj, location, language),
            config is JObject processorConfig && OptionalString(processorConfig, "ExecutionType") is { } executionType ? executionType : "STANDARD");
        return new MapState(common, configuration, ParseHandling(obj, location, parametersField: null, language), ParseErrorHandling(obj, location, language));
    }
}
