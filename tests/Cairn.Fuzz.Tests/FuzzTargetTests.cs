using System.Text;
using Cairn.Fuzz.Tests.Generators;

namespace Cairn.Fuzz.Tests;

/// <summary>
/// A short seeded run of every fuzz target over generated inputs (the long coverage-guided runs are
/// <c>scripts/fuzz</c>). A finding fails the test with the input that caused it; each finding
/// fixed is kept under <c>Regressions/</c> and replayed by <see cref="RegressionInputTests"/>.
/// </summary>
public sealed class FuzzTargetTests
{
    private const int Seed = 11;

    [Fact]
    public void Json() => Run("json", 6000, g => g.Json());

    [Fact]
    public void Request() => Run("request", 6000, g => g.RequestBody());

    [Fact]
    public void JsonPath() => Run("jsonpath", 6000, g => Encoding.UTF8.GetBytes(g.JsonPath()));

    [Fact]
    public void Intrinsics() => Run("intrinsics", 6000, g => Encoding.UTF8.GetBytes(g.Intrinsic()));

    [Fact]
    public void Jsonata() => Run("jsonata", 4000, g => Encoding.UTF8.GetBytes(g.Jsonata()));

    [Fact]
    public void Definition()
    {
        var generator = new DefinitionGenerator(new Random(Seed));
        var findings = new FuzzFindings("definition");
        for (var i = 0; i < 3000; i++)
        {
            findings.Run(Encoding.UTF8.GetBytes(generator.Next()), FuzzTargets.Definition);
        }

        findings.AssertNone();
    }

    private static void Run(string target, int count, Func<TextGenerators, byte[]> next)
    {
        var generator = new TextGenerators(new Random(Seed));
        var findings = new FuzzFindings(target);
        var run = FuzzTargets.All[target];
        for (var i = 0; i < count; i++)
        {
            findings.Run(next(generator), run);
        }

        findings.AssertNone();
    }
}
