using System.Collections.Concurrent;
using Cairn.Asl.Model;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Which running executions are held in memory: loaded (rebuilt from their log), evicted when
/// idle, resumed at start-up. An execution that waits only on the outside world — a task token, an
/// activity worker, a timer — for <see cref="DurableExecutionHostOptions.EvictIdleAfter"/> leaves
/// memory: all it leaves behind is its stored log (and a timer queue entry if it has a timer). The
/// next input for it (a token sent, a timer due, a stop) loads it again. Executions that were
/// running when the last process ended are resumed: what they had under way is carried out again.
/// </summary>
/// <remarks>
/// Loading and eviction are where a store shared by several nodes would take a lease on an
/// execution (only its holder may step it) and give it up; see <see cref="CommitPipeline"/>.
/// </remarks>
internal sealed class Residency
{
    private readonly DurableExecutionHost _host;
    private readonly IExecutionStore _executions;
    private readonly IStateMachineStore _machines;
    private readonly CompiledMachines _compiled;
    private readonly TaskTokenCodec _taskTokens;
    private readonly TimeProvider _time;
    private readonly TimeSpan? _evictIdleAfter;
    private readonly TimerQueue _timers;
    private readonly ConcurrentDictionary<string, LiveExecution> _live = new(StringComparer.Ordinal);
    private readonly object[] _loadLocks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();
    private readonly ConcurrentDictionary<string, byte> _pendingResume = new(StringComparer.Ordinal);
    private Task _resuming = Task.CompletedTask;

    public Residency(DurableExecutionHostOptions options, DurableExecutionHost host, TimerQueue timers)
    {
        _host = host;
        _executions = options.Executions;
        _machines = options.Machines;
        _compiled = options.Compiled;
        _taskTokens = options.TaskTokens;
        _time = options.Time;
        _evictIdleAfter = options.EvictIdleAfter;
        _timers = timers;
    }

    /// <summary>Running executions held in memory.</summary>
    public int Count => _live.Count;

    /// <summary>Completes when the executions found running at start-up are all resumed.</summary>
    public Task Resuming => _resuming;

    public bool IsLive(string executionArn) => _live.ContainsKey(executionArn);

    public LiveExecution? Find(string executionArn) => _live.GetValueOrDefault(executionArn);

    /// <summary>Holds <paramref name="live"/> in memory unless another instance of the execution is; false then.</summary>
    public bool TryAdd(LiveExecution live) => _live.TryAdd(live.Arn, live);

    /// <summary>Lets go of <paramref name="live"/> (it ended, was dropped, or was claimed in vain); another instance held meanwhile stays.</summary>
    public void Remove(LiveExecution live) => _live.TryRemove(new KeyValuePair<string, LiveExecution>(live.Arn, live));

    /// <summary>A new execution in memory, ready for its first step.</summary>
    public LiveExecution Create(ExecutionRecord record, StateMachine machine, Json.JValue? input = null)
    {
        var interpreter = LogReplay.NewInterpreter(record, machine, _taskTokens, out var clock, input);
        return new LiveExecution(record, machine, interpreter, clock);
    }

    /// <summary>
    /// Runs <paramref name="step"/> under the lock of the running execution, loading it from its
    /// log when it is not in memory; <paramref name="notRunning"/> when no such execution runs.
    /// The step may still find the execution <see cref="LiveExecution.Closed"/> (it ended).
    /// </summary>
    public T WithLive<T>(string executionArn, Func<LiveExecution, T> step, T notRunning)
    {
        while (true)
        {
            if (Load(executionArn) is not { } live)
            {
                return notRunning;
            }

            lock (live)
            {
                // Evicted between the lookup and the lock: load it again.
                if (!live.Evicted)
                {
                    live.ResumedOnly = false;
                    return step(live);
                }
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="claim"/> holding the execution's load lock: meanwhile no other instance
    /// of it is loaded or claimed this way, so when none is in memory nothing commits to it, and its
    /// stored record and log stay as read until <paramref name="claim"/> holds it (<see cref="TryAdd"/>).
    /// Every claim of an execution that already has a log goes through here or <see cref="Load"/>.
    /// </summary>
    public T Exclusively<T>(string executionArn, Func<T> claim)
    {
        lock (LoadLock(executionArn))
        {
            return claim();
        }
    }

    /// <summary>Evicts the execution after the idle time (at once when it was only resumed) if it takes no input meanwhile and has no task under way.</summary>
    public void ScheduleEviction(LiveExecution live)
    {
        if (_evictIdleAfter is not { } idle)
        {
            return;
        }

        long mark;
        TimeSpan after;
        lock (live)
        {
            if (live.Closed || live.Invocations.Count > 0)
            {
                return;
            }

            mark = live.InputCount;
            after = live.ResumedOnly ? TimeSpan.Zero : idle;
        }

        _timers.Schedule(_time.GetUtcNow() + after, () => TryEvict(live, mark));
    }

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

    /// <summary>Resumes every running execution of the store in the background; returns how many there are.</summary>
    public int ResumeInBackground(CancellationToken stopping)
    {
        var pending = FindPendingResumes();
        _resuming = Task.Run(() =>
        {
            foreach (var executionArn in pending)
            {
                if (stopping.IsCancellationRequested)
                {
                    return;
                }

                ResumeOne(executionArn);
            }
        }, CancellationToken.None);
        return pending.Count;
    }

    /// <summary>
    /// Rebuilds an execution by applying its logged inputs again, checking that it comes to the
    /// events and status the store has; also returns what it asked for (tasks, timers) and has not
    /// had answered.
    /// </summary>
    public (LiveExecution Live, IReadOnlyList<ExecutionCommand> Outstanding) Replay(ExecutionRecord record) => Replay(record, out _);

    /// <inheritdoc cref="Replay(ExecutionRecord)"/>
    /// <param name="record">The execution as stored.</param>
    /// <param name="continues">Its last step yielded: a Continue input carries it on.</param>
    public (LiveExecution Live, IReadOnlyList<ExecutionCommand> Outstanding) Replay(ExecutionRecord record, out bool continues)
    {
        var revision = _machines.GetRevision(record.RevisionId)
            ?? throw new InvalidOperationException($"Revision {record.RevisionId} of {record.StateMachineArn} is missing");
        var live = Create(record, _compiled.Get(revision, StateMachineKind.STANDARD));
        var outstanding = new Dictionary<long, ExecutionCommand>();
        var inputs = _executions.GetInputs(record.ExecutionArn);
        var lastContinues = false;
        LogReplay.Apply(live.Interpreter, live.Clock, inputs, () => _executions.GetEvents(record.ExecutionArn, 0, int.MaxValue, reverse: false), (input, step) =>
        {
            if (input.Answers)
            {
                outstanding.Remove(input.CommandId);
            }

            foreach (var command in step.Commands)
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
            lastContinues = step.Continues;
        });

        var history = live.Interpreter.History;
        if (inputs.Count == 0 || history.Count != record.EventCount || live.Interpreter.Status != record.Status)
        {
            throw new InvalidOperationException(
                $"Replaying {inputs.Count} inputs of {record.ExecutionArn} gave {history.Count} events and status {live.Interpreter.Status}; the store has {record.EventCount} events and {record.Status}");
        }

        live.InputCount = inputs.Count;
        live.QueuedEvents = history.Count;
        continues = lastContinues;
        return (live, outstanding.OrderBy(c => c.Key).Select(c => c.Value).ToList());
    }

    /// <summary>
    /// The running execution in memory, loaded from its log when it is not; null when the store
    /// has no running execution of that ARN. Loading an execution that was running when this
    /// host started also resumes it: what it had under way is carried out again.
    /// </summary>
    /// <param name="executionArn">The execution.</param>
    /// <param name="resuming">Loaded only to be resumed, with nothing asking for it: it leaves memory again as soon as it waits on nothing in this process.</param>
    private LiveExecution? Load(string executionArn, bool resuming = false)
    {
        if (_live.TryGetValue(executionArn, out var live))
        {
            return live;
        }

        lock (LoadLock(executionArn))
        {
            while (true)
            {
                if (_live.TryGetValue(executionArn, out live))
                {
                    return live;
                }

                if (_executions.GetExecution(executionArn) is not { Status: ExecutionStatus.RUNNING } record)
                {
                    return null;
                }

                var (loaded, outstanding) = Replay(record, out var continues);
                loaded.ResumedOnly = resuming;
                if (!_live.TryAdd(executionArn, loaded))
                {
                    continue;
                }

                if (_pendingResume.TryRemove(executionArn, out _))
                {
                    lock (loaded)
                    {
                        _host.Invocations.Register(loaded, outstanding);
                    }

                    _host.AfterCommit.Dispatch(loaded, outstanding);
                }

                if (continues)
                {
                    // Its last committed step yielded (a crash came before the next): carry it on.
                    _host.AfterCommit.Continue(loaded);
                }

                ScheduleEviction(loaded);
                return loaded;
            }
        }
    }

    private object LoadLock(string executionArn) => _loadLocks[(uint)StringComparer.Ordinal.GetHashCode(executionArn) % _loadLocks.Length];

    private void TryEvict(LiveExecution live, long mark)
    {
        lock (live)
        {
            // Everything it logged must be committed: loading it again replays the stored log.
            if (live.Closed || live.InputCount != mark || live.Invocations.Count > 0 || !live.LastCommit.IsCompletedSuccessfully)
            {
                return;
            }

            live.Closed = true;
            live.Evicted = true;
            Remove(live);
        }
    }

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

    /// <summary>Resumes one execution unless something already did; false when it could not be (reported as an error).</summary>
    private bool ResumeOne(string executionArn)
    {
        try
        {
            return Load(executionArn, resuming: true) is not null;
        }
        catch (Exception e)
        {
            _pendingResume.TryRemove(executionArn, out _);
            _host.ReportError($"Execution {executionArn} could not be resumed.", e);
            return false;
        }
    }

    private static long CommandId(ExecutionCommand command) => command switch
    {
        ExecutionCommand.InvokeTask t => t.Id,
        ExecutionCommand.StartTimer t => t.Id,
        _ => throw new InvalidOperationException($"Unknown command {command}"),
    };
}
