namespace Cairn.Fuzz.Tests;

/// <summary>Every input a fuzzer once broke a target with (<c>Regressions/TARGET/*</c>) runs through that target again, cleanly.</summary>
public sealed class RegressionInputTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        var root = Path.Combine(AppContext.BaseDirectory, "Regressions");
        foreach (var target in FuzzTargets.All.Keys)
        {
            var folder = Path.Combine(root, target);
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void RunsCleanly(string target, string file) =>
        FuzzTargets.All[target](File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Regressions", target, file)));

    [Fact]
    public void EveryTargetHasItsFolder()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            Assert.True(Directory.Exists(Path.Combine(AppContext.BaseDirectory, "Regressions", target)), $"Regressions/{target} is missing");
        }
    }
}
