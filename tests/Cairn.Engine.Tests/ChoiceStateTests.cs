using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class ChoiceStateTests
{
    private const string Definition = """
        {"StartAt":"C","States":{
          "C":{"Type":"Choice","Choices":[
              {"Variable":"$.n","NumericGreaterThan":10,"Next":"Big"},
              {"Variable":"$.n","NumericEquals":0,"Next":"Zero"}],
            "Default":"Other"},
          "Big":{"Type":"Pass","Result":"big","End":true},
          "Zero":{"Type":"Pass","Result":"zero","End":true},
          "Other":{"Type":"Pass","Result":"other","End":true}}}
        """;

    [Theory]
    [InlineData("""{"n":11}""", "big")]
    [InlineData("""{"n":0}""", "zero")]
    [InlineData("""{"n":5}""", "other")]
    public async Task Takes_the_first_matching_choice_or_the_default(string input, string expected)
    {
        var run = await Run.Execute(Definition, input);

        Run.AssertSucceeded(run);
        Run.AssertJson($"\"{expected}\"", run.Output);
    }

    [Fact]
    public async Task Choice_passes_its_input_on_and_records_enter_and_exit()
    {
        var run = await Run.Execute(Definition, """{"n":11,"k":"v"}""");

        Run.AssertJson("""{"n":11,"k":"v"}""", Run.ExitOutput(run, "C"));
        Run.AssertJson("""{"n":11,"k":"v"}""", Run.EnteredInput(run, "Big"));
        Assert.Equal(
            new[]
            {
                HistoryEventType.ExecutionStarted,
                HistoryEventType.ChoiceStateEntered, HistoryEventType.ChoiceStateExited,
                HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited,
                HistoryEventType.ExecutionSucceeded,
            },
            Run.Types(run));
    }

    [Fact]
    public async Task No_match_without_default_fails_with_NoChoiceMatched()
    {
        var run = await Run.Execute("""
            {"StartAt":"C","States":{
              "C":{"Type":"Choice","Choices":[{"Variable":"$.n","NumericEquals":1,"Next":"One"}]},
              "One":{"Type":"Succeed"}}}
            """, """{"n":2}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.NoChoiceMatched", run.Error);
        Assert.Equal(HistoryEventType.ExecutionFailed, run.History[^1].Type);
        Assert.DoesNotContain(run.History, e => e.Type == HistoryEventType.ChoiceStateExited);
    }
}
