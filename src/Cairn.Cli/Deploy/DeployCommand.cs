using System.Text.RegularExpressions;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Endpoints;

namespace Cairn.Cli.Deploy;

/// <summary>
/// <c>cairn deploy TEMPLATE</c>: deploys an AWS SAM / CloudFormation template to a running Cairn
/// through its public APIs (Step Functions, Lambda, IAM), and its DynamoDB tables, SQS queues and
/// SNS topics to their configured endpoints, as <c>cairn serve</c> configures them.
/// </summary>
internal static partial class DeployCommand
{
    public const string DefaultEndpoint = "http://127.0.0.1:8083";

    public static readonly string[] Options = ["endpoint-url", "parameter-overrides", "stack-name", "region", "endpoint", "aws-endpoints", "service-models"];

    public static async Task<int> Execute(string[] args, TextWriter stdout)
    {
        var line = CommandLine.Parse(SpreadOverrides(args), Options);
        var path = line.Single("template file");
        var template = Template.Load(path);
        var stackName = line.Value("stack-name") ?? DefaultStackName(template.Folder);
        if (!StackNamePattern().IsMatch(stackName))
        {
            throw new UsageException($"--stack-name must start with a letter and hold only letters, digits and hyphens (128 at most), not '{stackName}'");
        }

        var overrides = TemplateParameters.ReadOverrides(line.Values("parameter-overrides"));
        var cairnUrl = Parse(line.Value("endpoint-url") ?? DefaultEndpoint, "--endpoint-url");
        var region = line.Value("region");
        AwsClient services;
        try
        {
            services = new AwsServiceSettings
            {
                Endpoints = line.Values("endpoint"),
                EndpointsFile = line.Value("aws-endpoints"),
                ServiceModelsFolder = line.Value("service-models"),
                Region = region,
            }.CreateClient();
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }

        var cairn = new AwsClient(new AwsClientOptions
        {
            Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["*"] = cairnUrl }, _ => null),
            Region = region,
        });
        await new StackDeployer(new ServiceCalls(cairn, "(is `cairn serve` running there?)"), new ServiceCalls(services), stdout).DeployAsync(template, overrides, stackName, CancellationToken.None).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    /// <summary>SAM's form <c>--parameter-overrides A=1 B=2</c>: the values up to the next option.</summary>
    private static string[] SpreadOverrides(string[] args)
    {
        var spread = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            spread.Add(args[i]);
            if (args[i] != "--parameter-overrides")
            {
                continue;
            }

            var first = true;
            while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) && (first || args[i + 1].Contains('=', StringComparison.Ordinal)))
            {
                if (!first)
                {
                    spread.Add("--parameter-overrides");
                }

                spread.Add(args[++i]);
                first = false;
            }
        }

        return [.. spread];
    }

    /// <summary>The template's folder name, made a valid stack name.</summary>
    private static string DefaultStackName(string folder)
    {
        var name = Regex.Replace(Path.GetFileName(folder.TrimEnd('/')), "[^A-Za-z0-9-]+", "-").Trim('-');
        name = name.Length > 0 && char.IsAsciiLetter(name[0]) ? name : "stack-" + name;
        return name[..Math.Min(name.Length, 128)].TrimEnd('-');
    }

    private static Uri Parse(string text, string option)
    {
        try
        {
            return AwsEndpoints.Parse(text, option);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message);
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,127}$")]
    private static partial Regex StackNamePattern();
}
