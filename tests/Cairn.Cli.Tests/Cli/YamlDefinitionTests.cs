using System.Text.Json;
using Cairn.Cli.Tests.Support;
using Cairn.Json;

namespace Cairn.Cli.Tests.Cli;

/// <summary><c>cairn run</c> and <c>cairn validate</c> with YAML definitions and <c>--substitutions</c> (as CloudFormation substitutes: in the definition's JSON text, so a YAML plain <c>${X}</c> is a string).</summary>
public sealed class YamlDefinitionTests
{
    private const string Yaml = """
        Comment: greets
        StartAt: Greet
        States:
          Greet:
            Type: Pass
            Result:
              greeting: "${Greeting}"
              count: ${Count}
              quoted: 'true'
              plain: true
              nothing: ~
              number: 2.5
              list: [a, 2, "3"]
            End: true
        """;

    [Fact]
    public async Task AYamlDefinitionRunsWithSubstitutionsFromArgumentsAndFiles()
    {
        using var dir = new TempFolder();
        var path = dir.Write("flow.yaml", Yaml);
        var file = dir.Write("subs.yml", "Count: 3\n");
        var result = await CairnCli.RunAsync("run", path, "--substitutions", "Greeting=hello \"you\"", "--substitutions", "@" + file, "--json");

        Assert.Equal(0, result.ExitCode);
        var output = JValue.Parse(result.Json().GetProperty("output").GetString()!);
        Assert.Equal("""{"greeting":"hello \"you\"","count":"3","quoted":"true","plain":true,"nothing":null,"number":2.5,"list":["a",2,"3"]}""", output.ToJson());
    }

    [Fact]
    public async Task ASubstitutionsFileMayBeJson()
    {
        using var dir = new TempFolder();
        var path = dir.Write("flow.yml", Yaml);
        var file = dir.Write("subs.json", """{"Greeting":"hi","Count":7}""");
        var result = await CairnCli.RunAsync("run", path, "--substitutions", "@" + file, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("""{"greeting":"hi","count":"7",""", JValue.Parse(result.Json().GetProperty("output").GetString()!).ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYamlDefinitionIsValidatedWithLocations()
    {
        using var dir = new TempFolder();
        var path = dir.Write("bad.yaml", "StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: Nowhere\n");
        var result = await CairnCli.RunAsync("validate", path, "--json");

        Assert.Equal(1, result.ExitCode);
        var diagnostic = result.Json().GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("MISSING_TRANSITION_TARGET", diagnostic.GetProperty("code").GetString());
        Assert.Equal("/States/A/Next", diagnostic.GetProperty("location").GetString());
    }

    [Theory]
    [InlineData("StartAt: A\nStates: [unclosed\n", "line 3, column 1")]
    [InlineData("StartAt: A\nStartAt: B\nStates: {}\n", "line 2, column 1")]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n", "more than 1000000 values")]
    public async Task BadYamlIsAnErrorSayingWhere(string yaml, string expected)
    {
        using var dir = new TempFolder();
        var path = dir.Write("bad.yaml", yaml);
        var result = await CairnCli.RunAsync("validate", path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--substitutions", "novalue")]
    [InlineData("--substitutions", "@missing.json")]
    public async Task BadSubstitutionsAreUsageErrors(string option, string value)
    {
        using var dir = new TempFolder();
        var path = dir.Write("flow.yaml", Yaml);
        var result = await CairnCli.RunAsync("validate", path, option, value);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(value.TrimStart('@'), result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void CloudFormationShortTagsBecomeTheirLongForms()
    {
        var value = YamlJson.Parse("a: !Ref Queue\nb: !GetAtt Fn.Arn\nc: !Sub 'arn:${AWS::Region}'\nd: !Join [':', [x, !Ref Y]]\n", "t.yaml");
        Assert.Equal("""{"a":{"Ref":"Queue"},"b":{"Fn::GetAtt":["Fn","Arn"]},"c":{"Fn::Sub":"arn:${AWS::Region}"},"d":{"Fn::Join":[":",["x",{"Ref":"Y"}]]}}""", value.ToJson());
    }

    [Fact]
    public void GeneratedJsonReadsTheSameAsYaml()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var value = Generate(random, 0);
            Assert.Equal(value.ToJson(), YamlJson.Parse(value.ToJson(), "g.yaml").ToJson());
        }
    }

    private static JValue Generate(Random random, int depth) => (depth > 3 ? random.Next(4) : random.Next(6)) switch
    {
        0 => new JString(new string([.. Enumerable.Range(0, random.Next(6)).Select(_ => "ab 1:#'\"\\é-{}[],"[random.Next(16)])])),
        1 => JNumber.From(random.Next(-1000, 1000)),
        2 => JBool.From(random.Next(2) == 0),
        3 => JNull.Instance,
        4 => JArray.Create(Enumerable.Range(0, random.Next(4)).Select(_ => Generate(random, depth + 1))),
        _ => JObject.Create(Enumerable.Range(0, random.Next(4)).Select(k => new KeyValuePair<string, JValue>("k" + k, Generate(random, depth + 1)))),
    };
}
