using System.Text;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>The built-in service keeps each function's recent invocations, bounded, with their logs and the Task state that made them.</summary>
public sealed class InvocationHistoryTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public async Task AnInvocationIsKeptWithItsOutcomeLogAndCaller()
    {
        _lambda.Python("talk", "import sys\ndef handler(event, context):\n    print('out', event['n'])\n    print('err', event['n'], file=sys.stderr)\n    if event.get('fail'):\n        raise KeyError('nope')\n    return event\n");
        var changes = new List<string>();
        _lambda.Service.Invocations.Changed += name => { lock (changes) { changes.Add(name); } };

        var direct = await _lambda.Invoke("talk", """{"n": 1}""");
        var handler = new LambdaTaskHandler(_lambda.Service);
        var failed = await handler.InvokeAsync(
            new TaskRequest(LambdaTaskHandler.InvokeResource, JValue.Parse("""{"FunctionName": "talk", "Payload": {"n": 2, "fail": true}}"""), "Call it", "m", "arn:aws:states:us-east-1:111111111111:execution:m:e", 0),
            CancellationToken.None);

        Assert.Equal("KeyError", Assert.IsType<TaskResult.Failed>(failed).Error);
        var recent = _lambda.Service.Invocations.Recent("talk");
        Assert.Equal(2, recent.Count);
        var (last, first) = (recent[0], recent[1]);
        Assert.Equal(direct.RequestId, first.RequestId);
        Assert.Equal(FunctionInvocation.Succeeded, first.Status);
        Assert.Null(first.ErrorType);
        Assert.Null(first.Caller);
        Assert.Equal("$LATEST", first.ExecutedVersion);
        Assert.Contains("out 1", first.Log, StringComparison.Ordinal);
        Assert.Contains("err 1", first.Log, StringComparison.Ordinal);
        Assert.StartsWith($"START RequestId: {first.RequestId}", first.Log, StringComparison.Ordinal);
        Assert.Contains($"REPORT RequestId: {first.RequestId}", first.Log, StringComparison.Ordinal);
        Assert.True(first.DurationMilliseconds > 0);

        Assert.Equal(FunctionInvocation.Failed, last.Status);
        Assert.Equal("KeyError", last.ErrorType);
        Assert.Equal(new InvocationCaller("arn:aws:states:us-east-1:111111111111:execution:m:e", "Call it"), last.Caller);
        Assert.Contains("out 2", last.Log, StringComparison.Ordinal);
        lock (changes)
        {
            // Each invocation is told of when it starts and when it ends.
            Assert.Equal(["talk", "talk", "talk", "talk"], changes);
        }
    }

    [Fact]
    public async Task OnlyTheLastInvocationsAreKeptEachWithTheEndOfItsLog()
    {
        _lambda.Python("loud", "def handler(event, context):\n    print('x' * 20000 + ' the end é')\n    return event\n");
        var ids = new List<string>();
        for (var i = 0; i < InvocationHistory.MaxPerFunction + 5; i++)
        {
            ids.Add((await _lambda.Invoke("loud", $$"""{"i": {{i}}}""")).RequestId);
        }

        var recent = _lambda.Service.Invocations.Recent("loud");
        Assert.Equal(InvocationHistory.MaxPerFunction, recent.Count);
        Assert.Equal(ids.AsEnumerable().Reverse().Take(InvocationHistory.MaxPerFunction), recent.Select(r => r.RequestId));
        Assert.All(recent, r =>
        {
            Assert.True(Encoding.UTF8.GetByteCount(r.Log) <= InvocationHistory.MaxLogBytes);
            Assert.Contains(" the end é\n", r.Log, StringComparison.Ordinal);
            Assert.EndsWith("\n", r.Log, StringComparison.Ordinal);
        });

        _lambda.Service.DeleteFunction("loud");
        Assert.Empty(_lambda.Service.Invocations.Recent("loud"));
    }
}
