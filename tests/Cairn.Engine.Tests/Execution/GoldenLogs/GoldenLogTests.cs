using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>
/// Upgrades are safe: the golden logs (<c>format-N/*.json</c>, written by the build that introduced
/// log format N, never rewritten) are replayed by this build exactly as they were written — the same
/// events, outcome, Map Runs and redrives, step by step — and a host resumes each one and carries it
/// to the end its build reached. A change that would alter a running execution after an upgrade
/// fails here; it must keep the old behaviour for the old formats and raise
/// <see cref="LogFormat.Current"/>, whose golden logs are then written with
/// <c>CAIRN_WRITE_GOLDEN_LOGS=1</c> (see README.md beside them).
/// </summary>
public class GoldenLogTests
{
    public const string WriteVariable = "CAIRN_WRITE_GOLDEN_LOGS";

    public static TheoryData<string> Logs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Folder, file));
        }

        return data;
    }

    [Fact]
    public void Every_scenario_has_a_golden_log_of_every_format_since_the_first_versioned_one()
    {
        for (var format = LogFormat.MissingActivities; format <= LogFormat.Current; format++)
        {
            foreach (var scenario in GoldenScenarios.All)
            {
                var file = Path.Combine(Folder, $"format-{format}", scenario.Name + ".json");
                Assert.True(File.Exists(file), $"{file} is missing: run the tests with {WriteVariable}=1 to write the golden logs of format {LogFormat.Current}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public void A_golden_log_replays_step_by_step_to_what_was_committed(string file)
    {
        var log = Load(file);
        var machine = StateMachineCompiler.TryCompile(log.Definition, Cairn.Asl.Validation.ValidationOptions.Standard, out _)!;
        var interpreter = LogReplay.NewInterpreter(log.Execution, machine, GoldenLogRecorder.TaskTokens, out var clock);
        var steps = new List<StepResult>();
        LogReplay.Apply(interpreter, clock, log.Commits.Select(c => c.Input), () => log.Commits.SelectMany(c => c.Events).ToList(), (_, step) => steps.Add(step));

        Assert.Equal(log.Commits.Count, steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, committed) = (steps[i], log.Commits[i]);
            var what = $"{file}, input {i} ({committed.Input.Kind})";
            Assert.True(committed.Events.SequenceEqual(step.Events.Select(StoredEvent.From)), $"{what}: the events differ from those committed");
            Assert.True(committed.TimersStarted.Select(t => (t.TimerId, t.Due)).SequenceEqual(step.Commands.OfType<ExecutionCommand.StartTimer>().Select(t => (t.Id, t.Due))), $"{what}: the timers differ");
            Assert.Equal(committed.Outcome?.Status, step.Outcome?.Status);
            Assert.Equal(committed.Outcome?.Output?.ToJson(), step.Outcome?.Output?.ToJson());
            Assert.Equal((committed.Outcome?.Error, committed.Outcome?.Cause), (step.Outcome?.Error, step.Outcome?.Cause));
            Assert.Equal(committed.MapRuns ?? [], step.MapRuns);
            Assert.Equal(committed.Redriven, step.Redrive);
        }
    }

    [Theory]
    [MemberData(nameof(Logs))]
    public async Task A_resumed_golden_log_ends_as_it_did_for_the_build_that_wrote_it(string file)
    {
        var log = Load(file);
        var scenario = GoldenScenarios.All.Single(s => s.Name == log.Scenario);

        var end = await GoldenLogRecorder.ResumeAsync(scenario, log);

        Assert.Equal(log.End.Status, end.Status);
        Assert.Equal((log.End.Output, log.End.Error, log.End.Cause), (end.Output, end.Error, end.Cause));
        Assert.Equal(log.End.Events, end.Events);
    }

    [Fact]
    public async Task The_golden_logs_of_the_current_format_are_what_this_build_writes()
    {
        var folder = Path.Combine(SourceFolder(), $"format-{LogFormat.Current}");
        var write = Environment.GetEnvironmentVariable(WriteVariable) == "1";
        foreach (var scenario in GoldenScenarios.All)
        {
            var text = (await GoldenLogRecorder.RecordAsync(scenario)).ToText();
            var file = Path.Combine(folder, scenario.Name + ".json");
            if (write)
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(file, text);
                continue;
            }

            Assert.True(File.Exists(file), $"{file} is missing: run the tests with {WriteVariable}=1 to write it.");
            Assert.True(
                text == await File.ReadAllTextAsync(file),
                $"This build writes {scenario.Name} differently from its golden log of format {LogFormat.Current}. A change to what executions record must keep "
                + $"replaying the logs already written: give it a new log format (keeping the old behaviour for the old formats) and write that format's golden logs.");
        }
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Execution", "GoldenLogs");

    private static GoldenLog Load(string file) => GoldenLog.Parse(File.ReadAllText(Path.Combine(Folder, file)));

    /// <summary>The golden logs' folder in the source tree (where new ones are written).</summary>
    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
