using System.Diagnostics;

namespace Cairn.Cli.Tests.Support;

/// <summary>A program run to its end (the <c>cairn</c> executable, the AWS CLI) with dummy AWS credentials and no shared config.</summary>
internal static class ChildProcess
{
    public static CliResult Run(string program, IEnumerable<string> arguments, int timeoutSeconds = 300)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        start.Environment["AWS_REGION"] = "us-east-1";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        start.Environment["AWS_PAGER"] = string.Empty;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish in {timeoutSeconds} s");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary><c>cairn ARGS</c> as its own process (the built cairn.dll beside the tests).</summary>
    public static CliResult Cairn(params string[] arguments) =>
        Run("dotnet", new[] { Path.Combine(AppContext.BaseDirectory, "cairn.dll") }.Concat(arguments));
}
