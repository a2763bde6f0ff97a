using Cairn.Engine.Tests.Support;

namespace Cairn.Engine.Tests;

public class VariableTests
{
    [Fact]
    public async Task Assigned_variables_are_visible_to_later_states()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x.$":"$.n","label":"fixed"},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"x.$":"$x","label.$":"$label"},"End":true}}}
            """, """{"n":5}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"x":5,"label":"fixed"}""", run.Output);
    }

    [Fact]
    public async Task Assign_is_reported_in_the_exit_event()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{"A":{"Type":"Pass","Assign":{"x":1,"s":"t"},"End":true}}}
            """);

        var exited = Run.Details(Run.Single(run, Cairn.Engine.History.HistoryEventType.PassStateExited));
        Run.AssertJson("""{"x":"1","s":"\"t\""}""", exited["assignedVariables"]);
    }

    [Fact]
    public async Task Map_iterations_read_outer_variables()
    {
        var run = await Run.Execute("""
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"factor":10},"Next":"M"},
              "M":{"Type":"Map","End":true,
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{
                  "P":{"Type":"Pass","Parameters":{"item.$":"$","factor.$":"$factor"},"End":true}}}}}}
            """, "[1,2]");

        Run.AssertSucceeded(run);
        Run.AssertJson("""[{"item":1,"factor":10},{"item":2,"factor":10}]""", run.Output);
    }

    [Fact]
    public async Task Assignments_inside_a_parallel_branch_stay_inside_it()
    {
        var run = await Run.Execute("""
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"x":"outer"},"Next":"P"},
              "P":{"Type":"Parallel","Next":"Read","ResultPath":"$.branches","Branches":[
                {"StartAt":"Inner","States":{
                  "Inner":{"Type":"Pass","Assign":{"x":"inner"},"Next":"InnerRead"},
                  "InnerRead":{"Type":"Pass","Parameters":{"x.$":"$x"},"End":true}}}]},
              "Read":{"Type":"Pass","Parameters":{"x.$":"$x","branches.$":"$.branches"},"End":true}}}
            """);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"x":"outer","branches":[{"x":"inner"}]}""", run.Output);
    }

    [Fact]
    public async Task Assignments_inside_a_map_iteration_stay_inside_it()
    {
        var run = await Run.Execute("""
            {"StartAt":"Set","States":{
              "Set":{"Type":"Pass","Assign":{"x":0},"Next":"M"},
              "M":{"Type":"Map","ItemsPath":"$.items","ResultPath":null,"Next":"Read",
                "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"P","States":{
                  "P":{"Type":"Pass","Assign":{"x.$":"$"},"End":true}}}},
              "Read":{"Type":"Pass","Parameters":{"x.$":"$x"},"End":true}}}
            """, """{"items":[7,8]}""");

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"x":0}""", run.Output);
    }

    [Fact]
    public async Task A_state_reads_old_values_in_its_own_fields_and_new_values_afterwards()
    {
        var run = await Run.Execute("""
            {"StartAt":"A","States":{
              "A":{"Type":"Pass","Assign":{"x":1},"Next":"B"},
              "B":{"Type":"Pass","Parameters":{"before.$":"$x"},"Assign":{"x":2},"Next":"C"},
              "C":{"Type":"Pass","Parameters":{"before.$":"$.before","after.$":"$x"},"End":true}}}
            """);

        Run.AssertSucceeded(run);
        Run.AssertJson("""{"before":1,"after":2}""", run.Output);
    }
}
