using System.Diagnostics;

namespace Cairn.Server.Tests.Support;

/// <summary>
/// terraform with the hashicorp/aws provider from the machine's local plugin mirror (no network):
/// a scratch HOME and TF_DATA_DIR per use, <c>init -plugin-dir</c>. The mirror is
/// <c>CAIRN_TERRAFORM_PLUGIN_DIR</c>, else <c>/opt/tf-plugins</c>; a test fails, saying so, when
/// terraform or the provider is missing.
/// </summary>
internal sealed class Terraform(string workingDirectory, string scratch)
{
    public const string ProviderVersion = "5.100.0";

    public static string PluginDirectory()
    {
        var directory = Environment.GetEnvironmentVariable("CAIRN_TERRAFORM_PLUGIN_DIR") is { Length: > 0 } configured ? configured : "/opt/tf-plugins";
        var provider = Path.Combine(directory, "registry.terraform.io", "hashicorp", "aws", ProviderVersion);
        Assert.True(Directory.Exists(provider), $"The hashicorp/aws {ProviderVersion} provider is needed in a local plugin mirror: {provider} does not exist (set CAIRN_TERRAFORM_PLUGIN_DIR).");
        return directory;
    }

    /// <summary>Runs terraform; returns its exit code and output, and how long it took.</summary>
    public (int ExitCode, string Output, TimeSpan Took) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("terraform")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Append("-no-color").Append("-input=false"))
        {
            start.ArgumentList.Add(argument);
        }

        Directory.CreateDirectory(Path.Combine(scratch, "home"));
        var cliConfig = Path.Combine(scratch, "terraformrc");
        File.WriteAllText(cliConfig, "disable_checkpoint = true\n");
        start.Environment["HOME"] = Path.Combine(scratch, "home");
        start.Environment["TF_DATA_DIR"] = Path.Combine(scratch, "tfdata");
        start.Environment["TF_CLI_CONFIG_FILE"] = cliConfig;
        start.Environment["TF_IN_AUTOMATION"] = "1";
        start.Environment["CHECKPOINT_DISABLE"] = "1";
        start.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        var watch = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("terraform did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"terraform is needed on PATH for this test and could not be started: {e.Message}");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(600_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"terraform {string.Join(' ', arguments)} did not finish in 10 minutes");
            }

            return (process.ExitCode, stdout.Result + stderr.Result, watch.Elapsed);
        }
    }
}
