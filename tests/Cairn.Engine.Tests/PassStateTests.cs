using Cairn.Engine.Execution;
using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class PassStateTests
{
    [Fact]
    public async Task Applies_InputPath_Parameters_ResultPath_and_OutputPath_in_order()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass",
              "InputPath":"$.in",
              "Parameters":{"doubled.$":"$.v","fixed":"k"},
              "ResultPath":"$.res",
              "OutputPath":"$.res",
              "End":true}}}
            """, """{"in":{"v":7},"other":1}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"doubled":7,"fixed":"k"}""", run.Output);
    }

    [Fact]
    public async Task ResultPath_merges_into_the_raw_input_not_the_effective_input()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.in","Result":{"r":1},"ResultPath":"$.out","End":true}}}
            """, """{"in":{"v":7}}""");

        Run.AssertJson("""{"in":{"v":7},"out":{"r":1}}""", run.Output);
    }

    [Fact]
    public async Task Result_replaces_the_input_by_default()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":[1,2],"End":true}}}
            """, """{"a":1}""");

        Run.AssertJson("[1,2]", run.Output);
    }

    [Fact]
    public async Task Null_InputPath_gives_an_empty_object()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":null,"End":true}}}
            """, """{"a":1}""");

        Run.AssertJson("{}", run.Output);
    }

    [Fact]
    public async Task Null_OutputPath_gives_an_empty_object()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":5,"OutputPath":null,"End":true}}}
            """, """{"a":1}""");

        Run.AssertJson("{}", run.Output);
    }

    [Fact]
    public async Task Null_ResultPath_passes_the_input_through()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","Result":{"x":1},"ResultPath":null,"End":true}}}
            """, """{"a":1}""");

        Run.AssertJson("""{"a":1}""", run.Output);
    }

    [Fact]
    public async Task Pass_chain_hands_each_output_to_the_next_input()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Result":{"n":1},"ResultPath":"$.a","Next":"B"},
              "B":{"Type":"Pass","Parameters":{"copy.$":"$.a.n"},"End":true}}}
            """, """{"start":true}""");

        Run.AssertJson("""{"start":true,"a":{"n":1}}""", Run.EnteredInput(run, "B"));
        Run.AssertJson("""{"copy":1}""", run.Output);
    }

    [Fact]
    public async Task A_missing_InputPath_fails_with_States_Runtime()
    {
        var run = await Run.Execute("""
            {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.missing","End":true}}}
            """, """{"a":1}""");

        Assert.Equal(ExecutionStatus.FAILED, run.Status);
        Assert.Equal("States.Runtime", run.Error);
        Assert.Contains("'P'", run.Cause);
    }
}
