using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Support;

/// <summary>The AWS CLI (<c>aws stepfunctions ...</c>, or another service's commands) pointed at a server.</summary>
internal sealed class AwsCli(Uri endpoint, string service = "stepfunctions")
{
    /// <summary>Runs a command that must succeed and returns its JSON output (an empty object when it prints nothing).</summary>
    public JsonObject Run(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = Invoke(arguments);
        Assert.True(exitCode == 0, $"aws {service} {string.Join(' ', arguments)} failed ({exitCode}): {stderr}");
        return string.IsNullOrWhiteSpace(stdout) ? new JsonObject() : JsonNode.Parse(stdout)!.AsObject();
    }

    /// <summary>Runs a command that must fail and returns the error code the CLI reports, e.g. <c>StateMachineDoesNotExist</c>.</summary>
    public string Fail(params string[] arguments)
    {
        var (exitCode, _, stderr) = Invoke(arguments);
        Assert.True(exitCode != 0, $"aws {service} {string.Join(' ', arguments)} succeeded but should have failed");
        var match = System.Text.RegularExpressions.Regex.Match(stderr, @"An error occurred \(([A-Za-z]+)\)");
        Assert.True(match.Success, $"no AWS error code in: {stderr}");
        return match.Groups[1].Value;
    }

    private (int, string, string) Invoke(string[] arguments) =>
        ExternalTool.Run("aws", new[] { service, "--endpoint-url", endpoint.ToString().TrimEnd('/'), "--output", "json" }.Concat(arguments));
}
