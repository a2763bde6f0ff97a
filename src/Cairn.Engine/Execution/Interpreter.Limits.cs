using Cairn.Asl;
using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// AWS's limits on what an execution produces (<see cref="ServiceLimits"/>), for logs of
/// <see cref="LogFormat.ServiceLimits"/> and later: a state output, a task's result or parameters,
/// a Map's or Parallel's results over 256 KiB fail with States.DataLimitExceeded; the 25,000th
/// event of a Standard history fails the execution with States.Runtime unless it is ExecutionSucceeded
/// (Express executions have no history limit; they end after 5 minutes instead).
/// Sizes are measured without writing the JSON text (<see cref="JsonSize"/>).
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// A state's output, as it exits: over the limit, the state fails with States.DataLimitExceeded
    /// (thrown, so that it retries or catches as any state error); a catcher's output over the limit
    /// fails the frame at once. The output counts toward the step's budget.
    /// </summary>
    /// <returns>False when the frame failed (only when <paramref name="caught"/>).</returns>
    private bool CheckStateOutput(Frame frame, State state, JValue output, bool caught)
    {
        if (!_limited)
        {
            return true;
        }

        var bytes = JsonSize.Utf8Bytes(output);
        _stepPayloadBytes += bytes;
        if (bytes <= ServiceLimits.MaxPayloadBytes)
        {
            return true;
        }

        if (!caught)
        {
            throw DataLimitExceeded(state.Name);
        }

        FailFrame(frame, StatesErrors.DataLimitExceeded, ServiceLimits.DataLimitCause(state.Name));
        return false;
    }

    /// <summary>A value a state produced on its way (parameters, a ResultSelector's or a Map's result): over the limit, States.DataLimitExceeded.</summary>
    private void CheckPayload(JValue value, string stateOrResource)
    {
        if (_limited && JsonSize.Exceeds(value, ServiceLimits.MaxPayloadBytes))
        {
            throw DataLimitExceeded(stateOrResource);
        }
    }

    /// <summary>A task's result over the limit is the task's failure, States.DataLimitExceeded naming its resource (as AWS records it).</summary>
    private Tasks.TaskResult WithinPayloadLimit(TaskState task, Tasks.TaskResult result) =>
        _limited && result is Tasks.TaskResult.Succeeded success && JsonSize.Exceeds(success.Output, ServiceLimits.MaxPayloadBytes)
            ? Tasks.TaskResult.Failure(StatesErrors.DataLimitExceeded, ServiceLimits.DataLimitCause(task.Resource))
            : result;

    private static StatesException DataLimitExceeded(string stateOrResource) =>
        new(StatesErrors.DataLimitExceeded, ServiceLimits.DataLimitCause(stateOrResource));

    /// <summary>
    /// Before an event of <paramref name="type"/> is recorded: when it would be the last event a
    /// history may hold and is not ExecutionSucceeded, ExecutionFailed (States.Runtime) is recorded
    /// in its place and the step ends (<see cref="HistoryLimitReached"/>, caught where the step began).
    /// </summary>
    private void CheckHistoryLimit(HistoryEventType type)
    {
        if (!_limited || Info.IsExpress || EventCount < ServiceLimits.MaxHistoryEvents - 1 || type == HistoryEventType.ExecutionSucceeded || Status != ExecutionStatus.RUNNING)
        {
            return;
        }

        var failed = new HistoryEvent(
            EventCount + 1,
            LastEventId(),
            _clock.GetUtcNow(),
            HistoryEventType.ExecutionFailed,
            new ErrorEventDetails("executionFailedEventDetails", StatesErrors.Runtime, ServiceLimits.HistoryLimitCause));
        _history.Add(failed);
        Status = ExecutionStatus.FAILED;
        Error = StatesErrors.Runtime;
        Cause = ServiceLimits.HistoryLimitCause;
        StopDate = failed.Timestamp;
        throw new HistoryLimitReached();
    }

    /// <summary>Unwinds a step whose execution reached the history limit.</summary>
    private sealed class HistoryLimitReached : Exception
    {
    }
}
