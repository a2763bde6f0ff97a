using System.Text.Json;

namespace Cairn.Cli.Tests.Support;

/// <summary>What one in-process <c>cairn</c> invocation returned and printed.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => SplitLines(Stderr);

    public string[] StdoutLines => SplitLines(Stdout);

    /// <summary>The JSON object printed on stdout (with --json).</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Stdout);
        return document.RootElement.Clone();
    }

    private static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
