using System.Globalization;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Mocks;

/// <summary>
/// Turns a mock configuration document into a <see cref="MockConfig"/>, rejecting anything that
/// AWS's format does not allow. Unknown member names are errors rather than being ignored: a
/// misspelt <c>Throw</c> or <c>MockedResponse</c> would otherwise turn into a silently different
/// test, which is the worst outcome for a testing tool.
/// </summary>
internal static class MockConfigReader
{
    private const string StateMachinesField = "StateMachines";
    private const string MockedResponsesField = "MockedResponses";
    private const string TestCasesField = "TestCases";
    private const string ReturnField = "Return";
    private const string ThrowField = "Throw";
    private const string ErrorField = "Error";
    private const string CauseField = "Cause";

    public static MockConfig Read(JValue document)
    {
        var root = RequireObject(document, string.Empty, "the mock configuration");
        RejectUnknownMembers(root, string.Empty, StateMachinesField, MockedResponsesField);

        var responses = ReadMockedResponses(RequireMember(root, string.Empty, MockedResponsesField));
        var stateMachines = ReadStateMachines(RequireMember(root, string.Empty, StateMachinesField), responses);
        return new MockConfig(stateMachines, responses);
    }

    private static Dictionary<string, MockedResponse> ReadMockedResponses(JValue value)
    {
        var responses = RequireObject(value, MockedResponsesField, "an object of mocked responses");
        var result = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        foreach (var (name, body) in responses.Members)
        {
            result[name] = ReadMockedResponse(name, body, ConfigPath.Child(MockedResponsesField, name));
        }

        return result;
    }

    private static MockedResponse ReadMockedResponse(string name, JValue value, string path)
    {
        var entries = RequireObject(value, path, "an object whose members are invocation numbers (\"0\") or ranges (\"1-2\")");
        if (entries.Count == 0)
        {
            throw new MockConfigException(path, "a mocked response needs at least one invocation entry such as \"0\"");
        }

        var ranges = new List<MockedInvocationRange>(entries.Count);
        foreach (var (key, body) in entries.Members)
        {
            var entryPath = ConfigPath.Child(path, key);
            var (first, last) = ParseRange(key, entryPath);
            ranges.Add(new MockedInvocationRange(first, last, ReadOutcome(body, entryPath)));
        }

        ranges.Sort(static (a, b) => a.First.CompareTo(b.First));
        CheckCoverage(ranges, path);
        return new MockedResponse(name, ranges.ToArray());
    }

    /// <summary>
    /// AWS requires a response for every invocation, numbered from 0 and consecutive; overlaps
    /// would make the answer depend on member order, so all three are rejected up front.
    /// </summary>
    private static void CheckCoverage(List<MockedInvocationRange> ranges, string path)
    {
        if (ranges[0].First != 0)
        {
            throw new MockConfigException(
                path,
                $"{DescribeInvocations(0, ranges[0].First - 1)} no response; invocation numbers start at 0 and must be consecutive");
        }

        for (var i = 1; i < ranges.Count; i++)
        {
            var previous = ranges[i - 1];
            var current = ranges[i];
            var currentPath = ConfigPath.Child(path, current.ToString());
            if (current.First <= previous.Last)
            {
                throw new MockConfigException(currentPath, $"ranges overlap: '{current}' and '{previous}' both answer invocation {current.First}");
            }

            if (current.First > previous.Last + 1)
            {
                throw new MockConfigException(
                    currentPath,
                    $"{DescribeInvocations(previous.Last + 1, current.First - 1)} no response; invocation numbers must be consecutive");
            }
        }
    }

    private static string DescribeInvocations(int first, int last) =>
        first == last ? $"invocation {first} has" : $"invocations {first}-{last} have";

    private static (int First, int Last) ParseRange(string key, string path)
    {
        var dash = key.IndexOf('-');
        var firstText = dash < 0 ? key : key[..dash];
        var lastText = dash < 0 ? key : key[(dash + 1)..];
        if (!TryParseInvocation(firstText, out var first) || !TryParseInvocation(lastText, out var last))
        {
            throw new MockConfigException(
                path,
                "an invocation key must be a zero-based invocation number such as \"0\" or an inclusive range such as \"1-2\"");
        }

        if (last < first)
        {
            throw new MockConfigException(path, $"range end {last} is before its start {first}");
        }

        return (first, last);
    }

    private static bool TryParseInvocation(string text, out int value)
    {
        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static TaskResult ReadOutcome(JValue value, string path)
    {
        var entry = RequireObject(value, path, "an object with a single \"Return\" or \"Throw\" member");
        RejectUnknownMembers(entry, path, ReturnField, ThrowField);
        var hasReturn = entry.TryGetValue(ReturnField, out var returned);
        var hasThrow = entry.TryGetValue(ThrowField, out var thrown);
        if (hasReturn == hasThrow)
        {
            throw new MockConfigException(
                path,
                hasReturn
                    ? "an invocation entry has either \"Return\" or \"Throw\", not both"
                    : "an invocation entry needs a \"Return\" (the task result) or a \"Throw\" (the task error)");
        }

        // Return is the task's result as the resource would have produced it, so it is used
        // verbatim (a lambda:invoke mock keeps its StatusCode/Payload envelope).
        return hasReturn ? TaskResult.Success(returned!) : ReadThrow(thrown!, ConfigPath.Child(path, ThrowField));
    }

    private static TaskResult ReadThrow(JValue value, string path)
    {
        var error = RequireObject(value, path, "an object with \"Error\" and \"Cause\" strings");
        RejectUnknownMembers(error, path, ErrorField, CauseField);
        if (!error.TryGetValue(ErrorField, out var name) || name is not JString { Value.Length: > 0 } errorName)
        {
            throw new MockConfigException(path, "\"Error\" must be a non-empty string naming the error to raise");
        }

        string? cause = null;
        if (error.TryGetValue(CauseField, out var causeValue))
        {
            cause = causeValue is JString causeText
                ? causeText.Value
                : throw new MockConfigException(ConfigPath.Child(path, CauseField), "\"Cause\" must be a string");
        }

        return TaskResult.Failure(errorName.Value, cause);
    }

    private static Dictionary<string, Dictionary<string, MockTestCase>> ReadStateMachines(
        JValue value,
        Dictionary<string, MockedResponse> responses)
    {
        var machines = RequireObject(value, StateMachinesField, "an object keyed by state machine name");
        var result = new Dictionary<string, Dictionary<string, MockTestCase>>(StringComparer.Ordinal);
        foreach (var (machineName, body) in machines.Members)
        {
            var machinePath = ConfigPath.Child(StateMachinesField, machineName);
            var machine = RequireObject(body, machinePath, "an object with a \"TestCases\" member");
            RejectUnknownMembers(machine, machinePath, TestCasesField);
            var testCasesPath = ConfigPath.Child(machinePath, TestCasesField);
            var testCases = RequireObject(RequireMember(machine, machinePath, TestCasesField), testCasesPath, "an object keyed by test case name");

            var cases = new Dictionary<string, MockTestCase>(StringComparer.Ordinal);
            foreach (var (caseName, caseBody) in testCases.Members)
            {
                cases[caseName] = ReadTestCase(machineName, caseName, caseBody, ConfigPath.Child(testCasesPath, caseName), responses);
            }

            result[machineName] = cases;
        }

        return result;
    }

    private static MockTestCase ReadTestCase(
        string machineName,
        string caseName,
        JValue value,
        string path,
        Dictionary<string, MockedResponse> responses)
    {
        var states = RequireObject(value, path, "an object mapping Task state names to mocked response names");
        var mapped = new Dictionary<string, MockedResponse>(StringComparer.Ordinal);
        foreach (var (stateName, responseName) in states.Members)
        {
            var statePath = ConfigPath.Child(path, stateName);
            if (responseName is not JString name)
            {
                throw new MockConfigException(statePath, "must be the name of a mocked response (a string)");
            }

            if (!responses.TryGetValue(name.Value, out var response))
            {
                throw new MockConfigException(statePath, $"unknown mocked response '{name.Value}' (not defined in MockedResponses)");
            }

            mapped[stateName] = response;
        }

        return new MockTestCase(machineName, caseName, mapped);
    }

    private static JObject RequireObject(JValue value, string path, string expected) =>
        value as JObject ?? throw new MockConfigException(path, $"expected {expected}, found {Describe(value)}");

    private static JValue RequireMember(JObject parent, string path, string name) =>
        parent.TryGetValue(name, out var value)
            ? value
            : throw new MockConfigException(path, $"missing required member \"{name}\"");

    private static void RejectUnknownMembers(JObject value, string path, params string[] allowed)
    {
        foreach (var key in value.Keys)
        {
            if (Array.IndexOf(allowed, key) < 0)
            {
                var expected = string.Join(", ", allowed.Select(static a => $"\"{a}\""));
                throw new MockConfigException(ConfigPath.Child(path, key), $"unknown member; expected {expected}");
            }
        }
    }

    private static string Describe(JValue value) => value.Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };
}
