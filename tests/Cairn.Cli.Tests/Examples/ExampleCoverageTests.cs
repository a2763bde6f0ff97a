using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Examples;

/// <summary>The expectations cover every example test case, and agree with the READMEs.</summary>
public sealed class ExampleCoverageTests
{
    private static IEnumerable<(string Example, string TestCase, string Status, string? Output, string? Error, string? Cause)> Expected() =>
        ExampleExpectations.Cases.Select(row => ((string)row[0], (string)row[1], (string)row[2], (string?)row[3], (string?)row[4], (string?)row[5]));

    [Fact]
    public void Every_test_case_of_every_example_has_an_expectation()
    {
        var folders = Directory.GetDirectories(RepoPaths.Examples).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal<string>(
            ["activator-processor", "altar-pipeline", "call-external-api", "hello-world-reverse", "order-fulfilment", "order-invoice-jsonata", "order-processing", "order-processing-sam"],
            folders);

        var inConfigs = new List<string>();
        foreach (var folder in folders)
        {
            var config = JsonText.Parse(File.ReadAllText(RepoPaths.Example(folder, "mock-config.json")));
            var machines = config.GetProperty("StateMachines");
            Assert.Equal<string>([folder], machines.EnumerateObject().Select(m => m.Name));
            inConfigs.AddRange(machines.GetProperty(folder).GetProperty("TestCases").EnumerateObject().Select(t => $"{folder}/{t.Name}"));
        }

        var expected = Expected().Select(c => $"{c.Example}/{c.TestCase}").ToList();
        Assert.Equal(expected.Count, expected.Distinct().Count());
        Assert.Equal(inConfigs.Order(StringComparer.Ordinal), expected.Order(StringComparer.Ordinal));
        Assert.Equal(37, expected.Count);
    }

    [Fact]
    public void Readme_of_each_example_documents_the_same_command_and_outcome()
    {
        foreach (var c in Expected())
        {
            var readme = File.ReadAllText(RepoPaths.Example(c.Example, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
            var start = readme.IndexOf($"\n## {c.TestCase}\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{c.Example}/README.md has no section '## {c.TestCase}'");
            var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? readme[start..] : readme[start..end];
            var where = $"{c.Example}/README.md, {c.TestCase}";

            var command = $"cairn run examples/{c.Example}/definition.asl.json --input @examples/{c.Example}/input.json --mock-config examples/{c.Example}/mock-config.json --test-case {c.TestCase} --time-scale 0";
            Assert.True(section.Contains(command, StringComparison.Ordinal), $"{where}: command differs");
            Assert.True(section.Contains($"Expected: **{c.Status}**", StringComparison.Ordinal), $"{where}: status differs");
            if (c.Output is not null)
            {
                Assert.True(section.Contains($"output `{c.Output}`", StringComparison.Ordinal), $"{where}: output differs");
            }

            if (c.Error is not null)
            {
                Assert.True(section.Contains($"error `{c.Error}`", StringComparison.Ordinal), $"{where}: error differs");
            }

            // Some READMEs describe the cause instead of quoting it.
            if (c.Cause is not null && section.Contains("cause `", StringComparison.Ordinal))
            {
                Assert.True(section.Contains($"cause `{c.Cause}`", StringComparison.Ordinal), $"{where}: cause differs");
            }
        }
    }
}
