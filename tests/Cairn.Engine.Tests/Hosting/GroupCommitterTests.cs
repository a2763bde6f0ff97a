using Cairn.Engine.Hosting;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>Watching commits: told of every committed batch, after it is durable; a failing watcher stops nothing.</summary>
public sealed class GroupCommitterTests
{
    [Fact]
    public async Task Watchers_hear_of_each_batch_once_it_is_committed_and_their_failures_stop_nothing()
    {
        var store = new InMemoryStore();
        await using var committer = new GroupCommitter(store);
        var heard = new List<(string Arn, bool Stored)>();
        committer.Committed += commits =>
        {
            lock (heard)
            {
                heard.AddRange(commits.Select(c => (c.ExecutionArn, store.GetExecution(c.ExecutionArn) is not null)));
            }

            throw new InvalidOperationException("a watcher that fails");
        };

        for (var i = 0; i < 3; i++)
        {
            var record = new ExecutionRecord($"arn:aws:states:us-east-1:123456789012:execution:m:e{i}", "arn:aws:states:us-east-1:123456789012:stateMachine:m", "r1", $"e{i}", "arn:aws:iam::123456789012:role/r", DateTimeOffset.UnixEpoch, "{}", 7, null);
            await committer.CommitAsync(new ExecutionCommit(record.ExecutionArn, record, 0, InterpreterInput.Start(DateTimeOffset.UnixEpoch), [], [], null, null));
        }

        lock (heard)
        {
            Assert.Equal(["e0", "e1", "e2"], heard.Select(h => h.Arn.Split(':')[^1]));
            Assert.All(heard, h => Assert.True(h.Stored, $"{h.Arn} was announced before it was stored"));
        }

        Assert.Equal(3, committer.Batches);
    }
}
