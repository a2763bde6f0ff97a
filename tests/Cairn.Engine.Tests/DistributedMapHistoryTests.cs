using Cairn.Asl.Data;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.History;
using Cairn.Engine.Tasks;
using Cairn.Engine.Tests.Support;
using Cairn.Json;

namespace Cairn.Engine.Tests;

/// <summary>How a distributed Map's events link: the Map Run's end, the state's success and its exit.</summary>
public class DistributedMapHistoryTests
{
    private const string Definition = """
        {"StartAt":"M","States":{"M":{"Type":"Map","MaxConcurrency":MAX,"Next":"P",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"T","States":{
            "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"Item.$":"$"},"OutputPath":"$.Payload","End":true}}}},
          "P":{"Type":"Pass","End":true}}}
        """;

    public static TheoryData<int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var format in new[] { LogFormat.ServiceLimits, LogFormat.MapExitAfterMapRunStart })
        {
            foreach (var items in new[] { 0, 1, 3 })
            {
                foreach (var concurrency in new[] { 0, 1, 2 })
                {
                    data.Add(format, items, concurrency);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MapStateExited_links_to_the_Map_Run_start_since_format_5_and_to_its_end_before(int format, int items, int concurrency)
    {
        var clock = new StepClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var input = JValue.Parse("[" + string.Join(',', Enumerable.Range(0, items)) + "]");
        var info = new ExecutionInfo(Run.ExecutionArn, "e1", Run.StateMachineArn, "StateMachine", "arn:aws:iam::123456789012:role/R", clock.Now, input, LogFormat: format);
        var interpreter = new Interpreter(Run.Compile(Definition.Replace("MAX", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), info, clock, new SeededEntropySource(7));
        var pending = new Queue<ExecutionCommand.InvokeTask>(interpreter.Apply(InterpreterInput.Start(clock.Now)).Commands.OfType<ExecutionCommand.InvokeTask>());
        while (pending.TryDequeue(out var task))
        {
            clock.Now = clock.Now.AddSeconds(1);
            var step = interpreter.Apply(InterpreterInput.TaskCompleted(clock.Now, task.Id, TaskResult.Success(JValue.Parse("""{"Payload":1}"""))));
            foreach (var next in step.Commands.OfType<ExecutionCommand.InvokeTask>())
            {
                pending.Enqueue(next);
            }
        }

        Assert.Equal(ExecutionStatus.SUCCEEDED, interpreter.Status);
        var history = interpreter.History;
        var started = history.Single(e => e.Type == HistoryEventType.MapRunStarted);
        var ended = history.Single(e => e.Type == HistoryEventType.MapRunSucceeded);
        var succeeded = history.Single(e => e.Type == HistoryEventType.MapStateSucceeded);
        var exited = history.Single(e => e.Type == HistoryEventType.MapStateExited);
        Assert.Equal(started.Id, ended.PreviousEventId);
        Assert.Equal(ended.Id, succeeded.PreviousEventId);
        Assert.Equal(succeeded.Id + 1, exited.Id);
        Assert.Equal(format >= LogFormat.MapExitAfterMapRunStart ? started.Id : ended.Id, exited.PreviousEventId);
        Assert.Equal(exited.Id, history.Single(e => e.Type == HistoryEventType.PassStateEntered).PreviousEventId);
    }
}
