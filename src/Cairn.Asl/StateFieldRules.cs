using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl;

/// <summary>
/// Which fields each state type accepts, per query language. JSONPath states shape data with
/// InputPath/Parameters/ResultSelector/ResultPath/OutputPath and <c>*Path</c> variants; JSONata
/// states use Arguments/Output (and Items, Condition) instead. Fields valid in both languages
/// are listed once as shared. The one home of the field rules: the parser reads the fields these
/// rules name, the validator accepts the fields they allow.
/// </summary>
internal static class StateFieldRules
{
    public static readonly string[] StateTypes = ["Task", "Wait", "Pass", "Succeed", "Fail", "Choice", "Parallel", "Map"];

    private static readonly HashSet<string> Common = ["Type", "Comment", "QueryLanguage"];

    private static readonly Dictionary<string, (string[] Shared, string[] JsonPath, string[] Jsonata)> Fields = new()
    {
        ["Pass"] = (["Next", "End", "Assign"], ["InputPath", "OutputPath", "Parameters", "Result", "ResultPath"], ["Output"]),
        ["Task"] = (
            ["Next", "End", "Assign", "Resource", "Credentials", "Retry", "Catch", "TimeoutSeconds", "HeartbeatSeconds"],
            ["InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector", "TimeoutSecondsPath", "HeartbeatSecondsPath"],
            ["Arguments", "Output"]),
        ["Wait"] = (["Next", "End", "Assign", "Seconds", "Timestamp"], ["InputPath", "OutputPath", "SecondsPath", "TimestampPath"], ["Output"]),
        ["Choice"] = (["Choices", "Default", "Assign"], ["InputPath", "OutputPath"], ["Output"]),
        ["Succeed"] = ([], ["InputPath", "OutputPath"], ["Output"]),
        ["Fail"] = (["Error", "Cause"], ["ErrorPath", "CausePath"], []),
        ["Parallel"] = (
            ["Next", "End", "Assign", "Branches", "Retry", "Catch"],
            ["InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector"],
            ["Arguments", "Output"]),
        ["Map"] = (
            [
                "Next", "End", "Assign", "Retry", "Catch", "ItemProcessor", "Iterator", "ItemSelector", "ItemReader", "ItemBatcher",
                "ResultWriter", "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount", "Label",
            ],
            [
                "InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector", "ItemsPath", "MaxConcurrencyPath",
                "ToleratedFailurePercentagePath", "ToleratedFailureCountPath",
            ],
            ["Items", "Output"]),
    };

    public static bool IsAllowed(string type, string field, QueryLanguage language)
    {
        if (Common.Contains(field))
        {
            return true;
        }

        var (shared, jsonPath, jsonata) = Fields[type];
        return shared.Contains(field) || (language == QueryLanguage.JSONPath ? jsonPath : jsonata).Contains(field);
    }

    /// <summary>A Map's item processor: ItemProcessor, or its older name Iterator (one of the two).</summary>
    public static readonly string[] MapProcessorFields = ["ItemProcessor", "Iterator"];

    /// <summary>The item processor field a Map state uses.</summary>
    public static string MapProcessorField(JObject map) => map.ContainsKey(MapProcessorFields[0]) ? MapProcessorFields[0] : MapProcessorFields[1];

    /// <summary>A JSONPath Map's item selector: ItemSelector, or its older name Parameters (at most one of the two).</summary>
    public static readonly string[] MapItemSelectorFields = ["ItemSelector", "Parameters"];

    /// <summary>The item selector field a JSONPath Map state uses.</summary>
    public static string MapItemSelectorField(JObject map) => map.ContainsKey(MapItemSelectorFields[0]) ? MapItemSelectorFields[0] : MapItemSelectorFields[1];

    /// <summary>The field that gives a JSONPath value through a path instead: <c>Seconds</c> → <c>SecondsPath</c>.</summary>
    public static string PathVariant(string field) => field + "Path";

    /// <summary>States that end or branch by themselves and therefore take neither Next nor End.</summary>
    public static bool HasTransition(string type) => type is not ("Choice" or "Succeed" or "Fail");
}
