using Cairn.Integrations.Aws;

namespace Cairn.Cli;

/// <summary>The AWS service options <c>cairn serve</c> and <c>cairn run</c> share.</summary>
internal static class AwsOptions
{
    public const string NoCallsFlag = "no-aws-calls";

    public static readonly string[] Names = { NoCallsFlag + "!", "endpoint", "lambda-endpoint", "aws-endpoints", "service-models" };

    public static AwsServiceSettings Read(CommandLine line)
    {
        var folder = line.Value("service-models");
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--service-models: no such folder '{folder}'");
        }

        var settings = new AwsServiceSettings
        {
            NoCalls = line.Flag(NoCallsFlag),
            Endpoints = line.Value("lambda-endpoint") is { } lambda ? [.. line.Values("endpoint"), "lambda=" + lambda] : line.Values("endpoint"),
            EndpointsFile = line.Value("aws-endpoints"),
            ServiceModelsFolder = folder,
        };
        if (settings.NoCalls && (settings.Endpoints.Count > 0 || settings.EndpointsFile is not null || folder is not null))
        {
            throw new UsageException($"--{NoCallsFlag} calls no AWS service: it cannot be given with --endpoint, --aws-endpoints or --service-models");
        }

        return settings;
    }
}
