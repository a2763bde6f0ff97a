using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Asl.Tests.Validation;

/// <summary>Reads the AWS-recorded conformance cases (definitions sent and what AWS answered).</summary>
internal static class RecordedCases
{
    public const string Root = "/work/shared/conformance/aws-recorded";

    private const string CreatePrefix = "An error occurred (InvalidDefinition) when calling the CreateStateMachine operation: ";

    public static bool Available => File.Exists(Path.Combine(Root, "manifest.json"));

    public static JObject Load(string path) => (JObject)JValue.Parse(File.ReadAllText(path));

    public static IEnumerable<JObject> Units()
    {
        if (!Available)
        {
            yield break;
        }

        foreach (var unit in (JArray)Load(Path.Combine(Root, "manifest.json"))["units"]!)
        {
            yield return (JObject)unit;
        }
    }

    public static string CaseDir(string dir) => Path.Combine(Root, "cases", dir);

    public static JObject Case(string dir) => Load(Path.Combine(CaseDir(dir), "case.json"));

    public static string Expected(string dir) => File.ReadAllText(Path.Combine(CaseDir(dir), "expected.json"));

    public static JArray Steps(JObject testCase) => (testCase["replay_steps"] ?? testCase["steps"]) as JArray ?? JArray.Empty;

    public static ValidationOptions Options(string? type) =>
        type == "EXPRESS" ? ValidationOptions.Express : ValidationOptions.Standard;

    /// <summary>Every InvalidDefinition message recorded for a CreateStateMachine call: (unit, definition, type, message).</summary>
    public static IEnumerable<(string Dir, string Definition, string? Type, string Message)> InvalidDefinitionMessages()
    {
        foreach (var unit in Units())
        {
            var dir = ((JString)unit["dir"]!).Value;
            var expected = Expected(dir);
            if (!expected.Contains("InvalidDefinition", StringComparison.Ordinal))
            {
                continue;
            }

            var messages = new List<string>();
            Collect(JValue.Parse(expected), messages);
            var create = Steps(Case(dir)).OfType<JObject>().LastOrDefault(s => s["op"] is JString { Value: "CreateStateMachine" } && s["expect_error"] is JBool { Value: true })
                ?? Steps(Case(dir)).OfType<JObject>().LastOrDefault(s => s["op"] is JString { Value: "CreateStateMachine" });
            if (create?["params"] is not JObject parameters || parameters["definition"] is not JString definition)
            {
                continue;
            }

            foreach (var message in messages.Distinct())
            {
                yield return (dir, definition.Value, (parameters["type"] as JString)?.Value, message);
            }
        }
    }

    /// <summary>Definitions AWS rejected when creating the state machine.</summary>
    public static bool FailsCreation(string dir)
    {
        var expected = Expected(dir);
        return expected.Contains("Invalid State Machine Definition", StringComparison.Ordinal)
            || expected.Contains("(InvalidDefinition)", StringComparison.Ordinal)
            || expected.Contains("\"InvalidDefinition\"", StringComparison.Ordinal);
    }

    private static void Collect(JValue value, List<string> messages)
    {
        switch (value)
        {
            case JObject obj:
                if (obj["Error"] is JObject { } error && error["Code"] is JString { Value: "InvalidDefinition" } && error["Message"] is JString m
                    && !m.Value.StartsWith("TestState", StringComparison.Ordinal))
                {
                    messages.Add(Strip(m.Value));
                }

                if (obj["exception_value"] is JString ev && ev.Value.StartsWith(CreatePrefix, StringComparison.Ordinal))
                {
                    messages.Add(Strip(ev.Value));
                }

                foreach (var member in obj.Members)
                {
                    Collect(member.Value, messages);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Collect(item, messages);
                }

                break;
        }
    }

    private static string Strip(string message) => message.StartsWith(CreatePrefix, StringComparison.Ordinal) ? message[CreatePrefix.Length..] : message;
}
