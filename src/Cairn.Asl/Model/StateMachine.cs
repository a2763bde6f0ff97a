namespace Cairn.Asl.Model;

/// <summary>
/// A compiled state machine: the top level of a definition, or a nested one (a Parallel branch,
/// a Map's ItemProcessor). Immutable and shared by every execution.
/// </summary>
public sealed class StateMachine
{
    public StateMachine(string startAt, IReadOnlyDictionary<string, State> states, QueryLanguage queryLanguage, string? comment, int? timeoutSeconds, string? version)
    {
        StartAt = startAt;
        States = states;
        QueryLanguage = queryLanguage;
        Comment = comment;
        TimeoutSeconds = timeoutSeconds;
        Version = version;
        StartState = states[startAt];
    }

    public string StartAt { get; }

    public State StartState { get; }

    public IReadOnlyDictionary<string, State> States { get; }

    public QueryLanguage QueryLanguage { get; }

    public string? Comment { get; }

    public int? TimeoutSeconds { get; }

    public string? Version { get; }
}
