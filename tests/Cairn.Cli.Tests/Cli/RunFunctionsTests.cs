using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

/// <summary><c>cairn run</c> with real Lambda handlers: <c>--function</c> and <c>--functions</c>.</summary>
public sealed class RunFunctionsTests : IDisposable
{
    private const string Definition = """
        {"StartAt": "Reverse", "States": {
          "Reverse": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName": "reverse", "Payload.$": "$"}, "OutputPath": "$.Payload", "Next": "Shout"},
          "Shout": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:999999999999:function:shout", "End": true}}}
        """;

    private readonly TempFolder _dir = new("flow");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task RealPythonAndNodeHandlersRunTheWorkflow()
    {
        var definition = _dir.Write("flow.asl.json", Definition);
        var reverse = _dir.Write("reverse.py", "def handler(event, context):\n    print('reversing')\n    return event['text'][::-1]\n");
        Directory.CreateDirectory(Path.Combine(_dir.Dir, "functions", "shout"));
        File.WriteAllText(Path.Combine(_dir.Dir, "functions", "shout", "index.js"), "exports.handler = async (text) => text.toUpperCase() + '!';");

        var result = await CairnCli.RunAsync("run", definition, "--input", """{"text": "mom hi"}""", "--json",
            "--function", $"reverse={reverse}:reverse.handler", "--functions", Path.Combine(_dir.Dir, "functions"));

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        Assert.Contains("\"output\": \"\\\"IH MOM!\\\"\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("reversing", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedFunctionOptionSaysWhatIsExpected()
    {
        var definition = _dir.Write("flow.asl.json", Definition);
        var result = await CairnCli.RunAsync("run", definition, "--function", "reverse");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cairn: --function must be NAME=PATH:HANDLER[:RUNTIME], not 'reverse'", result.Stderr, StringComparison.Ordinal);
    }
}
