using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>Start-up: rebuilding running executions from their input logs.</summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>
    /// Rebuilds every running execution of the store and carries on with it: tasks that had not
    /// reported back are invoked again, timers are set for their original due times (those already
    /// due fire at once). Returns how many executions were resumed.
    /// </summary>
    public int Resume()
    {
        var resumed = 0;
        foreach (var record in _executions.ListRunning())
        {
            if (_live.ContainsKey(record.ExecutionArn))
            {
                continue;
            }

            try
            {
                var (live, outstanding) = Rebuild(record);
                if (_live.TryAdd(record.ExecutionArn, live))
                {
                    Dispatch(live, outstanding);
                    resumed++;
                }
            }
            catch (Exception e)
            {
                Error?.Invoke($"Execution {record.ExecutionArn} could not be resumed.", e);
            }
        }

        return resumed;
    }

    private (LiveExecution Live, IReadOnlyList<ExecutionCommand> Outstanding) Rebuild(ExecutionRecord record)
    {
        var revision = _machines.GetRevision(record.RevisionId)
            ?? throw new InvalidOperationException($"Revision {record.RevisionId} of {record.StateMachineArn} is missing");
        var live = Create(record, Compile(revision), JValue.Parse(record.InputText));
        var outstanding = new Dictionary<long, ExecutionCommand>();
        var inputs = _executions.GetInputs(record.ExecutionArn);
        foreach (var input in inputs)
        {
            if (input.Kind is InterpreterInputKind.TaskSucceeded or InterpreterInputKind.TaskFailed or InterpreterInputKind.TimerFired or InterpreterInputKind.ActivityStarted)
            {
                outstanding.Remove(input.CommandId);
            }

            live.Clock.Now = input.Time;
            foreach (var command in input.ApplyTo(live.Interpreter))
            {
                outstanding[CommandId(command)] = command;
            }

            if (live.Interpreter.Status != ExecutionStatus.RUNNING)
            {
                // The execution ended (a later redrive ran it again): nothing it had asked for is awaited.
                outstanding.Clear();
            }

            live.LastStepTime = input.Time;
        }

        var history = live.Interpreter.History;
        if (inputs.Count == 0 || history.Count != record.EventCount || live.Interpreter.Status != ExecutionStatus.RUNNING)
        {
            throw new InvalidOperationException(
                $"Replaying {inputs.Count} inputs gave {history.Count} events and status {live.Interpreter.Status}; the store has {record.EventCount} events and RUNNING");
        }

        live.InputCount = inputs.Count;
        live.QueuedEvents = history.Count;
        return (live, outstanding.OrderBy(c => c.Key).Select(c => c.Value).ToList());
    }

    private static long CommandId(ExecutionCommand command) => command switch
    {
        ExecutionCommand.InvokeTask t => t.Id,
        ExecutionCommand.StartTimer t => t.Id,
        _ => throw new InvalidOperationException($"Unknown command {command}"),
    };
}
