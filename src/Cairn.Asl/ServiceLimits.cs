namespace Cairn.Asl;

/// <summary>
/// AWS Step Functions' hard quotas that Cairn enforces, in one place, with the texts AWS reports
/// when one is reached (the service quotas page and the API model's length constraints).
/// </summary>
public static class ServiceLimits
{
    /// <summary>The input or output of a task, a state or an execution: 256 KiB, as UTF-8 bytes of the JSON text.</summary>
    public const int MaxPayloadBytes = 262_144;

    /// <summary>A state machine definition (CreateStateMachine, UpdateStateMachine, ValidateStateMachineDefinition, TestState): 1 MiB.</summary>
    public const int MaxDefinitionBytes = 1_048_576;

    /// <summary>
    /// How long an Express execution may run: 5 minutes. It then times out (TIMED_OUT, as a
    /// TimeoutSeconds does); a TimeoutSeconds below it applies as written.
    /// </summary>
    public const int MaxExpressDurationSeconds = 300;

    /// <summary>Events in one Standard execution's history (Express executions have no history limit): the 25,000th is the last one, and it fails the execution unless it is ExecutionSucceeded.</summary>
    public const int MaxHistoryEvents = 25_000;

    /// <summary>The cause of the States.Runtime failure recorded as the last event an execution may have.</summary>
    public const string HistoryLimitCause = "The execution reached the maximum number of history events (25000).";

    /// <summary>The cause of States.DataLimitExceeded for a state (by name) or a task (by resource) whose result is over <see cref="MaxPayloadBytes"/>.</summary>
    public static string DataLimitCause(string stateOrResource) =>
        $"The state/task '{stateOrResource}' returned a result with a size exceeding the maximum number of bytes service limit.";
}
