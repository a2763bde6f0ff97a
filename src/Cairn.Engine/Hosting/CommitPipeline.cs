using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// The commit pipeline: apply, commit, then act. An input is applied to the execution's
/// interpreter under the execution's lock (one step, at the host's clock, never going back in
/// time); the step's batch — the input, its events, its timers, its outcome — is queued for group
/// commit; and only once it is committed does <see cref="AfterCommit"/> carry out its commands.
/// The batch is built here from the <see cref="StepResult"/> alone, which makes this the place
/// where limits on what a step may write belong.
/// </summary>
/// <remarks>
/// A store shared by several nodes would tie each batch to the lease under which the execution was
/// loaded (<see cref="Residency"/>) with a fencing token, so that a node whose lease has expired
/// cannot commit: that token would travel in <see cref="ExecutionCommit"/>.
/// </remarks>
internal sealed class CommitPipeline : IAsyncDisposable
{
    private readonly DurableExecutionHost _host;
    private readonly TimeProvider _time;
    private readonly IActivityStore? _activities;

    public CommitPipeline(DurableExecutionHostOptions options, DurableExecutionHost host)
    {
        _host = host;
        _time = options.Time;
        _activities = options.Activities;
        Committer = new GroupCommitter(options.Executions, options.MaxCommitGroup);
    }

    public GroupCommitter Committer { get; }

    /// <summary>
    /// Applies one input under the execution's lock and queues its batch; the returned task
    /// completes when the batch is committed and its commands are under way.
    /// </summary>
    /// <param name="live">The execution.</param>
    /// <param name="makeInput">The input, given the time the step runs at.</param>
    /// <param name="created">Set for the first step: the execution as it is created (the step runs at its start date).</param>
    /// <param name="notBefore">The step runs no earlier than this (a timer's due time, when waits are not waited in full).</param>
    public Task ApplyAsync(LiveExecution live, Func<DateTimeOffset, InterpreterInput> makeInput, ExecutionRecord? created = null, DateTimeOffset notBefore = default)
    {
        Task committed;
        StepResult step;
        lock (live)
        {
            if (live.Closed)
            {
                return live.LastCommit;
            }

            // The start runs at the execution's start date; later steps never go back in time.
            var now = created?.StartDate ?? _time.GetUtcNow();
            if (now < live.LastStepTime)
            {
                now = live.LastStepTime;
            }

            if (now < notBefore)
            {
                now = notBefore;
            }

            live.LastStepTime = now;
            live.Clock.Now = now;
            var input = WithMissingActivities(live, makeInput(now));
            step = live.Interpreter.Apply(input);
            _host.Invocations.Register(live, step.Commands);
            var commit = live.TakeCommit(input, step, created);
            live.Closed = step.Ended;
            committed = Committer.CommitAsync(commit);
            live.LastCommit = committed;
        }

        return _host.AfterCommit.RunAsync(live, committed, step);
    }

    public ValueTask DisposeAsync() => Committer.DisposeAsync();

    /// <summary>
    /// The input with the activities of the machine that do not exist now: whether an activity
    /// exists is an answer from outside, so it travels in the logged input and a replay gets the
    /// answers the execution had, whatever has become of the activities since.
    /// </summary>
    private InterpreterInput WithMissingActivities(LiveExecution live, InterpreterInput input)
    {
        if (_activities is null)
        {
            return input;
        }

        List<string>? missing = null;
        foreach (var activity in ActivityResources.Of(live.Machine))
        {
            if (_activities.GetActivity(activity) is null)
            {
                (missing ??= new()).Add(activity);
            }
        }

        return missing is null ? input : input with { MissingActivities = missing };
    }
}
