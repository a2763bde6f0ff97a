using Cairn.Integrations.Aws;

namespace Cairn.Cli;

/// <summary>The AWS service options <c>cairn serve</c> and <c>cairn run</c> share.</summary>
internal static class AwsOptions
{
    public static readonly string[] Names = { "aws!", "endpoint", "aws-endpoints", "service-models" };

    public const string Usage =
        "  --aws                   Task states call AWS services (aws-sdk:* and the optimized integrations)\n" +
        "  --endpoint [SERVICE=]URL  where a service's calls go (repeatable; without SERVICE: every service); implies --aws\n" +
        "  --aws-endpoints FILE    a JSON object of SERVICE → URL; implies --aws\n" +
        "  --service-models DIR    more AWS service models (botocore's service-2.json files); implies --aws\n";

    public static AwsServiceSettings Read(CommandLine line)
    {
        var folder = line.Value("service-models");
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"--service-models: no such folder '{folder}'");
        }

        return new AwsServiceSettings
        {
            Enabled = line.Flag("aws"),
            Endpoints = line.Values("endpoint"),
            EndpointsFile = line.Value("aws-endpoints"),
            ServiceModelsFolder = folder,
        };
    }
}
