using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

/// <summary>
/// An inline Map starts its iterations up to MaxConcurrency (0: all) before any enters its first
/// state; an iteration that fails aborts the others still running: MapIterationFailed, then for each
/// running iteration by index MapIterationAborted and the abort of the state it waits in, all
/// linked to the failure, then MapStateFailed. Checked over every item count, failing item and
/// concurrency in a small range.
/// </summary>
public class MapFailureTests
{
    private const string Definition = """
        {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":CONCURRENCY,
          "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"C","States":{
            "C":{"Type":"Choice","Choices":[{"Variable":"$.fail","BooleanEquals":true,"Next":"Bad"}],"Default":"W"},
            "Bad":{"Type":"Fail","Error":"Item.Bad","Cause":"failed"},
            "W":{"Type":"Wait","Seconds":100,"End":true}}}}}}
        """;

    public static TheoryData<int, int, int> Cases()
    {
        var cases = new TheoryData<int, int, int>();
        for (var items = 1; items <= 5; items++)
        {
            for (var failing = 0; failing < items; failing++)
            {
                foreach (var concurrency in new[] { 0, 1, 2, items })
                {
                    cases.Add(items, failing, concurrency);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_failed_iteration_aborts_the_running_ones(int items, int failing, int concurrency)
    {
        var input = "[" + string.Join(",", Enumerable.Range(0, items).Select(i => i == failing ? "{\"fail\":true}" : "{\"fail\":false}")) + "]";
        var run = await Run.Execute(Definition.Replace("CONCURRENCY", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), input);

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("Item.Bad", run.Error);
        var history = run.History;
        var byId = history.ToDictionary(e => e.Id);

        // The first iterations start together, before any state inside the Map is entered.
        var firstBatch = concurrency == 0 ? items : Math.Min(concurrency, items);
        var mapStarted = Run.Single(run, HistoryEventType.MapStateStarted);
        var opening = history.SkipWhile(e => e != mapStarted).Skip(1).Take(firstBatch).ToList();
        Assert.All(opening, e => Assert.Equal(HistoryEventType.MapIterationStarted, e.Type));
        Assert.Equal(Enumerable.Range(0, firstBatch), opening.Select(IndexOf));
        Assert.All(opening, e => Assert.Equal(mapStarted.Id, e.PreviousEventId));

        // The iterations running when the failing one failed: started, not succeeded, not the failed one.
        int Iteration(HistoryEvent e)
        {
            while (e.Type != HistoryEventType.MapIterationStarted)
            {
                e = byId[e.PreviousEventId];
            }

            return IndexOf(e);
        }

        var failed = Run.Single(run, HistoryEventType.MapIterationFailed);
        Assert.Equal(failing, IndexOf(failed));
        var failedAt = failed.PreviousEventId;
        Assert.Equal(HistoryEventType.FailStateEntered, byId[failedAt].Type);
        var before = history.TakeWhile(e => e != failed).ToList();
        var succeeded = before.Where(e => e.Type == HistoryEventType.MapIterationSucceeded).Select(IndexOf).ToHashSet();
        var running = before.Where(e => e.Type == HistoryEventType.MapIterationStarted).Select(IndexOf)
            .Where(i => i != failing && !succeeded.Contains(i)).Order().ToList();
        var waiting = before.Where(e => e.Type == HistoryEventType.WaitStateEntered).Select(Iteration)
            .Where(running.Contains).ToHashSet();

        var expected = new List<HistoryEventType>();
        foreach (var index in running)
        {
            expected.Add(HistoryEventType.MapIterationAborted);
            if (waiting.Contains(index))
            {
                expected.Add(HistoryEventType.WaitStateAborted);
            }
        }

        expected.Add(HistoryEventType.MapStateFailed);
        expected.Add(HistoryEventType.ExecutionFailed);
        var after = history.SkipWhile(e => e != failed).Skip(1).ToList();
        Assert.Equal(expected, after.Select(e => e.Type));
        Assert.Equal(running, after.Where(e => e.Type == HistoryEventType.MapIterationAborted).Select(IndexOf));
        Assert.All(after.SkipLast(1), e => Assert.Equal(failedAt, e.PreviousEventId));

        // No iteration starts more often than once, and none after the failure.
        Assert.Equal(before.Count(e => e.Type == HistoryEventType.MapIterationStarted), before.Where(e => e.Type == HistoryEventType.MapIterationStarted).Select(IndexOf).Distinct().Count());
    }

    [Fact]
    public async Task A_failed_iterations_task_is_aborted_after_it()
    {
        var tasks = new ScriptedTaskHandler().Fails("T", "Task.Broken", "no");
        var run = await Run.Execute("""
            {"StartAt":"M","States":{"M":{"Type":"Map","End":true,"MaxConcurrency":1,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"T","States":{
                "T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"End":true}}}}}}
            """, "[1]", tasks);

        var types = Run.Types(run);
        var failed = Array.IndexOf(types, HistoryEventType.MapIterationFailed);
        Assert.Equal(HistoryEventType.TaskFailed, types[failed - 1]);
        Assert.Equal(
            [HistoryEventType.MapIterationFailed, HistoryEventType.TaskStateAborted, HistoryEventType.MapStateFailed, HistoryEventType.ExecutionFailed],
            types[failed..]);
    }

    private static int IndexOf(HistoryEvent e) => int.Parse(Run.Details(e)["index"]!.ToJson(), System.Globalization.CultureInfo.InvariantCulture);
}
