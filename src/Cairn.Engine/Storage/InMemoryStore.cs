using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// The store kept in process memory: nothing survives the process. Thread-safe (one lock); used
/// when no data folder is configured and as the reference implementation in tests.
/// </summary>
public sealed partial class InMemoryStore : IStepFunctionsStore
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (long Position, StateMachineRecord Machine)> _machines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StateMachineRevision> _revisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KeyValuePair<string, string>>> _tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecutionState> _executions = new(StringComparer.Ordinal);
    private long _nextMachinePosition = 1;
    private long _nextExecutionPosition = 1;

    public bool TryCreate(StateMachineRecord machine, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_lock)
        {
            if (_machines.ContainsKey(machine.Arn))
            {
                return false;
            }

            _machines[machine.Arn] = (_nextMachinePosition++, machine);
            _revisions[machine.Revision.RevisionId] = machine.Revision;
            _tags.Remove(machine.Arn);
            if (tags.Count > 0)
            {
                TagLocked(machine.Arn, tags);
            }

            return true;
        }
    }

    public StateMachineRecord? GetStateMachine(string arn)
    {
        lock (_lock)
        {
            return _machines.TryGetValue(arn, out var entry) ? entry.Machine : null;
        }
    }

    public bool Update(string arn, StateMachineRevision revision)
    {
        lock (_lock)
        {
            if (!_machines.TryGetValue(arn, out var entry))
            {
                return false;
            }

            _revisions[revision.RevisionId] = revision;
            _machines[arn] = (entry.Position, entry.Machine with { Revision = revision });
            return true;
        }
    }

    public bool Delete(string arn)
    {
        lock (_lock)
        {
            _tags.Remove(arn);
            return _machines.Remove(arn);
        }
    }

    public IReadOnlyList<(long Position, StateMachineRecord Machine)> ListStateMachines(long after, int limit)
    {
        lock (_lock)
        {
            return _machines.Values.Where(m => m.Position > after).OrderBy(m => m.Position).Take(limit).ToList();
        }
    }

    public StateMachineRevision? GetRevision(string revisionId)
    {
        lock (_lock)
        {
            return _revisions.GetValueOrDefault(revisionId);
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> GetTags(string resourceArn)
    {
        lock (_lock)
        {
            return _tags.TryGetValue(resourceArn, out var tags) ? tags.ToList() : [];
        }
    }

    public void Tag(string resourceArn, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_lock)
        {
            TagLocked(resourceArn, tags);
        }
    }

    public void Untag(string resourceArn, IReadOnlyList<string> keys)
    {
        lock (_lock)
        {
            if (_tags.TryGetValue(resourceArn, out var list))
            {
                list.RemoveAll(t => keys.Contains(t.Key, StringComparer.Ordinal));
            }
        }
    }

    public void Commit(IReadOnlyList<ExecutionCommit> commits)
    {
        lock (_lock)
        {
            CheckCommits(commits);
            foreach (var commit in commits)
            {
                if (commit.Created is { } created)
                {
                    _executions[created.ExecutionArn] = new ExecutionState(_nextExecutionPosition++, created);
                }

                var state = _executions[commit.ExecutionArn];
                state.Inputs.Add(commit.Input);
                state.Events.AddRange(commit.Events);
                foreach (var timer in commit.TimersStarted)
                {
                    state.Timers[timer.TimerId] = timer;
                }

                if (commit.TimerFired is { } fired)
                {
                    state.Timers.Remove(fired);
                }

                var record = state.Record with { EventCount = state.Events.Count };
                if (commit.Redriven is { } redriven)
                {
                    record = record with { Status = ExecutionStatus.RUNNING, StopDate = null, Output = null, Error = null, Cause = null, RedriveCount = redriven.RedriveCount, RedriveDate = redriven.RedriveDate };
                }

                if (commit.Outcome is { } outcome)
                {
                    record = record with { Status = outcome.Status, StopDate = outcome.StopDate, Output = outcome.Output?.ToJson(), Error = outcome.Error, Cause = outcome.Cause };
                    state.Timers.Clear();
                }

                state.Record = record;
                SaveMapRunsLocked(commit);
            }
        }
    }

    public ExecutionRecord? GetExecution(string executionArn)
    {
        lock (_lock)
        {
            return _executions.TryGetValue(executionArn, out var state) ? state.Record : null;
        }
    }

    public IReadOnlyList<(long Position, ExecutionRecord Execution)> ListExecutions(string stateMachineArn, ExecutionStatus? status, long after, int limit, bool? redriven = null)
    {
        lock (_lock)
        {
            return _executions.Values
                .Where(e => e.Record.RanAs(stateMachineArn) && (status is null || e.Record.Status == status) && (after == 0 || e.Position < after))
                .Where(e => redriven is null || (e.Record.RedriveCount > 0) == redriven)
                .OrderByDescending(e => e.Position)
                .Take(limit)
                .Select(e => (e.Position, e.Record))
                .ToList();
        }
    }

    public IReadOnlyList<StoredEvent> GetEvents(string executionArn, long afterId, int limit, bool reverse)
    {
        lock (_lock)
        {
            if (!_executions.TryGetValue(executionArn, out var state))
            {
                return [];
            }

            return reverse
                ? state.Events.Where(e => afterId == 0 || e.Id < afterId).Reverse().Take(limit).ToList()
                : state.Events.Where(e => e.Id > afterId).Take(limit).ToList();
        }
    }

    public IReadOnlyList<ExecutionRecord> ListRunning()
    {
        lock (_lock)
        {
            return _executions.Values.Where(e => e.Record.Status == ExecutionStatus.RUNNING).OrderBy(e => e.Position).Select(e => e.Record).ToList();
        }
    }

    public long CountRunning()
    {
        lock (_lock)
        {
            return _executions.Values.Count(e => e.Record.Status == ExecutionStatus.RUNNING);
        }
    }

    public IReadOnlyList<InterpreterInput> GetInputs(string executionArn)
    {
        lock (_lock)
        {
            return _executions.TryGetValue(executionArn, out var state) ? state.Inputs.ToList() : [];
        }
    }

    public IReadOnlyList<TimerRecord> GetPendingTimers(string executionArn)
    {
        lock (_lock)
        {
            return _executions.TryGetValue(executionArn, out var state) ? state.Timers.Values.OrderBy(t => t.TimerId).ToList() : [];
        }
    }

    /// <summary>Rejects the whole group before anything is applied, so a commit is all or nothing.</summary>
    private void CheckCommits(IReadOnlyList<ExecutionCommit> commits)
    {
        var logLengths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            if (commit.Created is not null)
            {
                if (_executions.ContainsKey(commit.ExecutionArn) || logLengths.ContainsKey(commit.ExecutionArn))
                {
                    throw new InvalidOperationException($"Execution {commit.ExecutionArn} already exists");
                }

                logLengths[commit.ExecutionArn] = 0;
            }

            if (!logLengths.TryGetValue(commit.ExecutionArn, out var length))
            {
                length = _executions.TryGetValue(commit.ExecutionArn, out var state)
                    ? state.Inputs.Count
                    : throw new InvalidOperationException($"Execution {commit.ExecutionArn} does not exist");

                // Only a redrive continues the log of an execution that has ended.
                if (state.Record.Status != ExecutionStatus.RUNNING && commit.Redriven is null)
                {
                    throw new InvalidOperationException($"Execution {commit.ExecutionArn} has ended ({state.Record.Status})");
                }
            }

            if (commit.InputSequence != length)
            {
                throw new InvalidOperationException($"Input {commit.InputSequence} of {commit.ExecutionArn} is out of order (the log has {length})");
            }

            logLengths[commit.ExecutionArn] = length + 1;
        }
    }

    private void TagLocked(string resourceArn, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        if (!_tags.TryGetValue(resourceArn, out var list))
        {
            list = new List<KeyValuePair<string, string>>();
            _tags[resourceArn] = list;
        }

        foreach (var tag in tags)
        {
            var index = list.FindIndex(t => t.Key == tag.Key);
            if (index >= 0)
            {
                list[index] = tag;
            }
            else
            {
                list.Add(tag);
            }
        }
    }

    private sealed class ExecutionState(long position, ExecutionRecord record)
    {
        public long Position { get; } = position;

        public ExecutionRecord Record { get; set; } = record;

        public List<InterpreterInput> Inputs { get; } = new();

        public List<StoredEvent> Events { get; } = new();

        public Dictionary<long, TimerRecord> Timers { get; } = new();
    }
}
