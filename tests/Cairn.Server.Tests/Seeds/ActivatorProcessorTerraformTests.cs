using System.IO.Compression;
using Cairn.Server.Tests.Support;
using Xunit.Abstractions;

namespace Cairn.Server.Tests.Seeds;

/// <summary>
/// The Activator → Processor seed deployed as its document deploys it, with terraform and the
/// hashicorp/aws provider (<c>examples/activator-processor/terraform</c>, unchanged but for the
/// endpoint): apply (IAM roles and a managed policy, two zipped Python functions, the state
/// machine: eight resources), a second plan with no changes, an execution started with the AWS CLI, and destroy,
/// after which nothing is left.
/// </summary>
public sealed class ActivatorProcessorTerraformTests(ITestOutputHelper output)
{
    [Fact]
    public void TerraformAppliesPlansNothingMoreRunsAndDestroys()
    {
        var plugins = Terraform.PluginDirectory();
        using var scratch = new TempFolder();
        var configuration = Path.Combine(scratch.Dir, "terraform");
        Directory.CreateDirectory(Path.Combine(configuration, "build"));
        foreach (var file in Directory.GetFiles(RepoPaths.Example("activator-processor", "terraform")).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            File.Copy(file, Path.Combine(configuration, Path.GetFileName(file)));
        }

        foreach (var function in new[] { "activator", "processor" })
        {
            ZipFile.CreateFromDirectory(Path.Combine(RepoPaths.Example("activator-processor", "functions"), function), Path.Combine(configuration, "build", function + ".zip"));
        }

        using var server = ServeProcess.Start("--in-memory");
        var endpoint = "-var=endpoint=" + server.Endpoint.ToString().TrimEnd('/');
        var terraform = new Terraform(configuration, scratch.Dir);

        var init = terraform.Run("init", "-plugin-dir", plugins);
        Assert.True(init.ExitCode == 0, init.Output);
        var apply = terraform.Run("apply", "-auto-approve", endpoint);
        Assert.True(apply.ExitCode == 0, apply.Output + "\n" + server.Output);
        Assert.True(apply.Output.Contains("Apply complete! Resources: 8 added, 0 changed, 0 destroyed.", StringComparison.Ordinal), apply.Output);
        var plan = terraform.Run("plan", "-detailed-exitcode", endpoint);
        Assert.True(plan.ExitCode == 0, "a second plan must show no changes:\n" + plan.Output);

        var sfn = new AwsCli(server.Endpoint);
        var execution = (string)sfn.Run("start-execution", "--state-machine-arn", "arn:aws:states:us-east-1:123456789012:stateMachine:hsi-pipeline",
            "--input", File.ReadAllText(RepoPaths.Example("activator-processor", "input.json")))["executionArn"]!;
        var described = HelloWorldReverseSeedTests.WaitForEnd(sfn, execution, server);
        Assert.Equal("SUCCEEDED", (string)described["status"]!);
        Assert.Equal("""{"bucket":"hsi-processed-images","key":"scans/2024-03-01/scene-0001.npy","bands":224}""", (string)described["output"]!);

        var destroy = terraform.Run("destroy", "-auto-approve", endpoint);
        Assert.True(destroy.ExitCode == 0, destroy.Output + "\n" + server.Output);
        Assert.True(destroy.Output.Contains("Destroy complete! Resources: 8 destroyed.", StringComparison.Ordinal), destroy.Output);
        Assert.Empty(new AwsCli(server.Endpoint, "lambda").Run("list-functions")["Functions"]!.AsArray());
        Assert.Empty(new AwsCli(server.Endpoint, "iam").Run("list-roles")["Roles"]!.AsArray());
        Assert.Empty(new AwsCli(server.Endpoint, "iam").Run("list-policies", "--scope", "Local")["Policies"]!.AsArray());
        Assert.Empty(sfn.Run("list-state-machines")["stateMachines"]!.AsArray());

        output.WriteLine($"terraform init {init.Took.TotalSeconds:F1} s, apply {apply.Took.TotalSeconds:F1} s, plan {plan.Took.TotalSeconds:F1} s, destroy {destroy.Took.TotalSeconds:F1} s");
    }
}
