using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Deploy;

/// <summary>
/// <c>cairn deploy</c> with templates that cannot be deployed: each a one-line message naming the
/// file and the logical id or section, exit code 1 (2 for a wrong command line), no stack trace, and
/// nothing called (the endpoint given does not answer).
/// </summary>
public sealed class DeployTemplateErrorTests
{
    private const string Nowhere = "http://127.0.0.1:9";

    [Theory]
    [InlineData("Resources: {}", "Template format error: At least one Resources member must be defined.")]
    [InlineData("Resources:\n  Machine:\n    Properties: {}", "Resources/Machine: Template format error: [/Resources/Machine] Every Resources object must contain a Type member.")]
    [InlineData("Resources:\n  My-Queue:\n    Type: AWS::SQS::Queue", "Resource name My-Queue is non alphanumeric.")]
    [InlineData("Resourcez:\n  A:\n    Type: AWS::SQS::Queue", "Template format error: Invalid template property or properties [Resourcez]")]
    [InlineData("Transform: AWS::Include\nResources:\n  A:\n    Type: AWS::SQS::Queue", "Transform \"AWS::Include\" is not supported")]
    [InlineData("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref Nope", "Resources/Queue: Template format error: Unresolved resource dependencies [Nope] in the Resources block of the template")]
    [InlineData("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub '${Ghost.Name}-q'", "Resources/Queue: Template format error: Unresolved resource dependencies [Ghost]")]
    [InlineData("Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    DependsOn: [Topic]", "Resources/Queue/DependsOn: Template format error: Unresolved resource dependencies [Topic]")]
    [InlineData("Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !GetAtt B.QueueName\n  B:\n    Type: AWS::SQS::Queue\n    DependsOn: A", "Circular dependency between resources: [A, B]")]
    [InlineData("Resources:\n  A:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref A", "Resources/A: Circular dependency between resources: [A]")]
    [InlineData("Parameters:\n  Stage:\n    Type: String\nResources:\n  A:\n    Type: AWS::SQS::Queue", "Parameters: [Stage] must have values")]
    [InlineData("Parameters:\n  Size:\n    Type: Number\n    Default: big\nResources:\n  A:\n    Type: AWS::SQS::Queue", "Parameters/Size: Parameter 'Size' must be a number, not 'big'")]
    [InlineData("Outputs:\n  Url:\n    Value: !Ref Missing\nResources:\n  A:\n    Type: AWS::SQS::Queue", "Outputs/Url: Template format error: Unresolved resource dependencies [Missing] in the Outputs block")]
    [InlineData("Resources:\n  A:\n    Type: AWS::SQS::Queue\n   Properties: {}", "line 4")]
    [InlineData("[1, 2]", "a template is an object of sections")]
    public async Task ABadTemplateIsOneMessageSayingWhere(string template, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("template.yaml", template);
        var result = await CairnCli.RunAsync("deploy", path, "--endpoint-url", Nowhere);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"cairn: {path}", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParameterOverridesAreCheckedAgainstTheTemplate()
    {
        using var folder = new TempFolder();
        var path = folder.Write("template.json", """
            {"Parameters": {"Stage": {"Type": "String", "AllowedValues": ["dev", "prod"], "Default": "dev"}, "Name": {"Type": "String", "AllowedPattern": "[a-z]+", "ConstraintDescription": "lower-case letters"}},
             "Resources": {"A": {"Type": "AWS::SQS::Queue"}}}
            """);

        var unknown = await CairnCli.RunAsync("deploy", path, "--endpoint-url", Nowhere, "--parameter-overrides", "Name=ok", "Colour=red");
        Assert.Contains("Parameters: [Colour] do not exist in the template", unknown.Stderr, StringComparison.Ordinal);
        var notAllowed = await CairnCli.RunAsync("deploy", path, "--endpoint-url", Nowhere, "--parameter-overrides", "ParameterKey=Stage,ParameterValue=test", "--parameter-overrides", "Name=ok");
        Assert.Contains("Parameter 'Stage' must be one of AllowedValues (dev, prod), not 'test'", notAllowed.Stderr, StringComparison.Ordinal);
        var pattern = await CairnCli.RunAsync("deploy", path, "--endpoint-url", Nowhere, "--parameter-overrides", "Name=NotLower");
        Assert.Contains("Parameter 'Name' must match pattern [a-z]+ (lower-case letters)", pattern.Stderr, StringComparison.Ordinal);
        Assert.All([unknown, notAllowed, pattern], r => Assert.Equal(1, r.ExitCode));
    }

    [Fact]
    public async Task AnUnreachableCairnIsAMessageNotAStackTrace()
    {
        using var folder = new TempFolder();
        var path = folder.Write("template.yaml", "Resources:\n  A:\n    Type: AWS::SQS::Queue\n");
        var result = ChildProcess.Cairn("deploy", path, "--endpoint-url", Nowhere);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"cairn: STS GetCallerIdentity at {Nowhere}: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(is `cairn serve` running there?)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "missing template file")]
    [InlineData(new[] { "--stack-name", "9lives" }, "--stack-name must start with a letter")]
    [InlineData(new[] { "--endpoint-url", "ftp://x" }, "is not an http:// or https:// URL")]
    [InlineData(new[] { "--parameter-overrides", "novalue" }, "--parameter-overrides takes KEY=VALUE")]
    [InlineData(new[] { "--endpoint", "nosuch=http://127.0.0.1:1" }, "unknown service 'nosuch'")]
    public async Task AWrongCommandLineIsAUsageError(string[] extra, string message)
    {
        using var folder = new TempFolder();
        var path = folder.Write("template.yaml", "Resources:\n  A:\n    Type: AWS::SQS::Queue\n");
        var arguments = extra.Length == 0 ? new[] { "deploy" } : new[] { "deploy", path }.Concat(extra).ToArray();
        var result = await CairnCli.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTemplateIsNamed()
    {
        var missing = await CairnCli.RunAsync("deploy", "/nonexistent/template.yaml");
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal("cairn: /nonexistent/template.yaml: no such template file", Assert.Single(missing.StderrLines));
    }
}
