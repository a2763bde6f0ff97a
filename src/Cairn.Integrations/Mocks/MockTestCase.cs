using System.Diagnostics.CodeAnalysis;

namespace Cairn.Integrations.Mocks;

/// <summary>One test case of a state machine: which mocked response each listed Task state uses.</summary>
public sealed class MockTestCase
{
    private readonly Dictionary<string, MockedResponse> _states;

    internal MockTestCase(string stateMachineName, string name, Dictionary<string, MockedResponse> states)
    {
        StateMachineName = stateMachineName;
        Name = name;
        _states = states;
    }

    public string StateMachineName { get; }

    public string Name { get; }

    /// <summary>The mocked states and their responses.</summary>
    public IReadOnlyDictionary<string, MockedResponse> States => _states;

    public bool TryGetResponse(string stateName, [NotNullWhen(true)] out MockedResponse? response) =>
        _states.TryGetValue(stateName, out response);
}
