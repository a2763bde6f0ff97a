using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>A golden log being written: the host, its clock, the batches committed so far and the task tokens handed out.</summary>
internal sealed class GoldenRun(DurableExecutionHost host, ManualClock clock, List<ExecutionCommit> commits, List<string> tokens, string executionArn)
{
    public DurableExecutionHost Host { get; } = host;

    public ManualClock Clock { get; } = clock;

    public string ExecutionArn { get; } = executionArn;

    /// <summary>The task tokens handed out so far, in order.</summary>
    public IReadOnlyList<string> Tokens
    {
        get
        {
            lock (tokens)
            {
                return tokens.ToArray();
            }
        }
    }

    /// <summary>Notes a task token handed out (to a task, or to an activity worker).</summary>
    public void HandedOut(string token)
    {
        lock (tokens)
        {
            if (!tokens.Contains(token))
            {
                tokens.Add(token);
            }
        }
    }

    /// <summary>Waits until a committed batch satisfies <paramref name="condition"/>.</summary>
    public async Task UntilCommitted(Func<ExecutionCommit, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Committed().Any(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waiting for {what}: it was not committed");
            await Task.Delay(5);
        }

        await Host.WhenCommitted(ExecutionArn);
    }

    /// <summary>Waits until a batch has recorded an event of <paramref name="type"/>.</summary>
    public Task UntilEvent(string type) => UntilCommitted(c => c.Events.Any(e => e.Type == type), type);

    public IReadOnlyList<ExecutionCommit> Committed()
    {
        lock (commits)
        {
            return commits.ToArray();
        }
    }

    /// <summary>The Map Run the batches report last.</summary>
    public MapRunRecord LastMapRun() => Committed().SelectMany(c => c.MapRuns ?? []).Last();

    public static ExecutionStatus? Status(ExecutionCommit commit) => commit.Outcome?.Status;
}
