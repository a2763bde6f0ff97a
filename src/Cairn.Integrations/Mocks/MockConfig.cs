using System.Diagnostics.CodeAnalysis;
using Cairn.Json;

namespace Cairn.Integrations.Mocks;

/// <summary>
/// A mock configuration in the format of AWS Step Functions Local's <c>MockConfigFile.json</c>:
/// <c>StateMachines.&lt;machine&gt;.TestCases.&lt;case&gt;.&lt;state&gt;</c> names a mocked response, and
/// <c>MockedResponses.&lt;response&gt;.&lt;invocations&gt;</c> holds a <c>Return</c> (the task's result,
/// verbatim) or a <c>Throw</c> (<c>Error</c> and <c>Cause</c> of a task failure). The whole file
/// is validated when loaded, so a broken configuration fails before any execution starts.
/// </summary>
public sealed class MockConfig
{
    private readonly Dictionary<string, Dictionary<string, MockTestCase>> _stateMachines;
    private readonly Dictionary<string, MockedResponse> _mockedResponses;

    internal MockConfig(
        Dictionary<string, Dictionary<string, MockTestCase>> stateMachines,
        Dictionary<string, MockedResponse> mockedResponses)
    {
        _stateMachines = stateMachines;
        _mockedResponses = mockedResponses;
    }

    /// <summary>The state machine names that have test cases.</summary>
    public IEnumerable<string> StateMachineNames => _stateMachines.Keys;

    public IReadOnlyDictionary<string, MockedResponse> MockedResponses => _mockedResponses;

    /// <summary>Parses and validates configuration text. Throws <see cref="MockConfigException"/>.</summary>
    public static MockConfig Parse(string json)
    {
        JValue document;
        try
        {
            document = JValue.Parse(json);
        }
        catch (JsonParseException e)
        {
            throw new MockConfigException(string.Empty, $"not valid JSON: {e.Message}", e);
        }

        return FromJson(document);
    }

    /// <summary>Validates an already parsed configuration. Throws <see cref="MockConfigException"/>.</summary>
    public static MockConfig FromJson(JValue document) => MockConfigReader.Read(document);

    /// <summary>Reads, parses and validates a configuration file.</summary>
    public static MockConfig Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>The test cases of a state machine, empty when the machine is not configured.</summary>
    public IEnumerable<MockTestCase> TestCasesOf(string stateMachineName) =>
        _stateMachines.TryGetValue(stateMachineName, out var testCases) ? testCases.Values : [];

    public bool HasStateMachine(string stateMachineName) => _stateMachines.ContainsKey(stateMachineName);

    public bool TryGetTestCase(string stateMachineName, string testCaseName, [NotNullWhen(true)] out MockTestCase? testCase)
    {
        if (_stateMachines.TryGetValue(stateMachineName, out var testCases))
        {
            return testCases.TryGetValue(testCaseName, out testCase);
        }

        testCase = null;
        return false;
    }
}
