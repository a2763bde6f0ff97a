using System.Collections.Concurrent;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Start-up: carrying on with the executions that were running when the last process ended. Each
/// is rebuilt from its input log, then what it had under way is carried out again: tasks that had
/// not reported back are invoked again, timers are set for their original due times (those already
/// due fire at once), activity tasks wait for workers again. An input that comes for one before
/// its turn (a token sent, a stop) resumes it first.
/// </summary>
public sealed partial class DurableExecutionHost
{
    private readonly ConcurrentDictionary<string, byte> _pendingResume = new(StringComparer.Ordinal);
    private Task _resuming = Task.CompletedTask;

    /// <summary>Resumes every running execution of the store before returning; returns how many were resumed.</summary>
    public int Resume()
    {
        var resumed = 0;
        foreach (var executionArn in FindPendingResumes())
        {
            if (ResumeOne(executionArn))
            {
                resumed++;
            }
        }

        return resumed;
    }

    /// <summary>
    /// Resumes every running execution of the store in the background, so that requests are
    /// answered meanwhile; returns how many there are. <see cref="Resuming"/> completes when all are.
    /// </summary>
    public int ResumeInBackground()
    {
        var pending = FindPendingResumes();
        _resuming = Task.Run(() =>
        {
            foreach (var executionArn in pending)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }

                ResumeOne(executionArn);
            }
        });
        return pending.Count;
    }

    /// <summary>Completes when the executions found running at start-up are all resumed.</summary>
    public Task Resuming => _resuming;

    private List<string> FindPendingResumes()
    {
        var pending = new List<string>();
        foreach (var record in _executions.ListRunning())
        {
            if (!_live.ContainsKey(record.ExecutionArn) && _pendingResume.TryAdd(record.ExecutionArn, 0))
            {
                pending.Add(record.ExecutionArn);
            }
        }

        return pending;
    }

    /// <summary>Resumes one execution unless something already did; false when it could not be (reported through <see cref="Error"/>).</summary>
    private bool ResumeOne(string executionArn)
    {
        try
        {
            return Load(executionArn, resuming: true) is not null;
        }
        catch (Exception e)
        {
            _pendingResume.TryRemove(executionArn, out _);
            Error?.Invoke($"Execution {executionArn} could not be resumed.", e);
            return false;
        }
    }

    /// <summary>
    /// Rebuilds an execution by applying its logged inputs again, checking that it comes to the
    /// events and status the store has; also returns what it asked for (tasks, timers) and has not
    /// had answered.
    /// </summary>
    private (LiveExecution Live, IReadOnlyList<ExecutionCommand> Outstanding) Replay(ExecutionRecord record)
    {
        var revision = _machines.GetRevision(record.RevisionId)
            ?? throw new InvalidOperationException($"Revision {record.RevisionId} of {record.StateMachineArn} is missing");
        var live = Create(record, Compile(revision), JValue.Parse(record.InputText));
        var outstanding = new Dictionary<long, ExecutionCommand>();
        var inputs = _executions.GetInputs(record.ExecutionArn);
        foreach (var input in inputs)
        {
            if (input.Answers)
            {
                outstanding.Remove(input.CommandId);
            }

            live.Clock.Now = input.Time;
            foreach (var command in live.Interpreter.Apply(input).Commands)
            {
                if (command is ExecutionCommand.CancelTask cancel)
                {
                    outstanding.Remove(cancel.Id);
                }
                else
                {
                    outstanding[CommandId(command)] = command;
                }
            }

            if (live.Interpreter.Status != ExecutionStatus.RUNNING)
            {
                // The execution ended (a later redrive ran it again): nothing it had asked for is awaited.
                outstanding.Clear();
            }

            live.LastStepTime = input.Time;
        }

        var history = live.Interpreter.History;
        if (inputs.Count == 0 || history.Count != record.EventCount || live.Interpreter.Status != record.Status)
        {
            throw new InvalidOperationException(
                $"Replaying {inputs.Count} inputs of {record.ExecutionArn} gave {history.Count} events and status {live.Interpreter.Status}; the store has {record.EventCount} events and {record.Status}");
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
