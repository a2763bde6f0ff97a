using System.Runtime.CompilerServices;
using Cairn.Integrations.Mocks;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Examples;

/// <summary>
/// Keeps examples/ honest: every mock configuration loads, is keyed by the folder name (the
/// state machine name <c>cairn run</c> uses), and mocks only Task states its definition has,
/// so a renamed state cannot leave a test case silently mocking nothing.
/// </summary>
public sealed class ExampleMockConfigTests
{
    public static TheoryData<string> ExampleFolders()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(ExamplesRoot()).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(folder, "mock-config.json")))
            {
                data.Add(Path.GetFileName(folder));
            }
        }

        return data;
    }

    [Fact]
    public void Examples_exist() => Assert.NotEmpty(ExampleFolders());

    [Theory]
    [MemberData(nameof(ExampleFolders))]
    public void Example_is_complete_and_consistent(string name)
    {
        var folder = Path.Combine(ExamplesRoot(), name);
        foreach (var file in new[] { "definition.asl.json", "input.json", "README.md" })
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{name} has no {file}");
        }

        JValue.Parse(File.ReadAllText(Path.Combine(folder, "input.json")));
        var definition = (JObject)JValue.Parse(File.ReadAllText(Path.Combine(folder, "definition.asl.json")));
        var config = MockConfig.Load(Path.Combine(folder, "mock-config.json"));

        Assert.Equal([name], config.StateMachineNames);
        var taskStates = new HashSet<string>(StringComparer.Ordinal);
        CollectTaskStates(definition, taskStates);
        var testCases = config.TestCasesOf(name).ToList();
        Assert.NotEmpty(testCases);
        foreach (var testCase in testCases)
        {
            foreach (var state in testCase.States.Keys)
            {
                Assert.True(taskStates.Contains(state), $"{name}: test case {testCase.Name} mocks '{state}', which is not a Task state");
            }
        }

        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        foreach (var testCase in testCases)
        {
            Assert.Contains($"--test-case {testCase.Name} ", readme);
        }
    }

    private static void CollectTaskStates(JObject machine, HashSet<string> taskStates)
    {
        if (machine["States"] is not JObject states)
        {
            return;
        }

        foreach (var (stateName, value) in states.Members)
        {
            if (value is not JObject state)
            {
                continue;
            }

            if (state["Type"] is JString { Value: "Task" })
            {
                taskStates.Add(stateName);
            }

            if (state["Branches"] is JArray branches)
            {
                foreach (var branch in branches)
                {
                    if (branch is JObject branchMachine)
                    {
                        CollectTaskStates(branchMachine, taskStates);
                    }
                }
            }

            foreach (var nested in new[] { "ItemProcessor", "Iterator" })
            {
                if (state[nested] is JObject processor)
                {
                    CollectTaskStates(processor, taskStates);
                }
            }
        }
    }

    // Builds run with --artifacts-path outside the repository, so the binaries' location says
    // nothing about where examples/ is; the compile-time path of this file does.
    private static string ExamplesRoot([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cairn.slnx")))
            {
                return Path.Combine(dir.FullName, "examples");
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Cairn.slnx) above " + sourceFile);
    }
}
