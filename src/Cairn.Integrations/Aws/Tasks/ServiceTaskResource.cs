using Cairn.Asl.Validation;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// A Task resource that calls an AWS service: <c>arn:PARTITION:states:::SERVICE:ACTION[.PATTERN]</c>
/// (an optimized integration) or <c>arn:PARTITION:states:::aws-sdk:SERVICE:ACTION[.waitForTaskToken]</c>.
/// </summary>
public readonly record struct ServiceTaskResource(bool IsSdk, string Service, string Action, string Pattern)
{
    public const string Sync = OptimizedIntegrationPatterns.Sync;
    public const string Sync2 = OptimizedIntegrationPatterns.Sync2;
    public const string WaitForTaskToken = OptimizedIntegrationPatterns.Callback;

    public bool IsSync => Pattern is Sync or Sync2;

    public bool IsCallback => Pattern == WaitForTaskToken;

    public static ServiceTaskResource? Parse(string resource)
    {
        if (!resource.StartsWith("arn:", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = resource.Split(':');
        if (parts.Length < 7 || parts[2] != "states" || parts[3].Length != 0 || parts[4].Length != 0)
        {
            return null;
        }

        var sdk = parts[5] == "aws-sdk";
        var first = sdk ? 6 : 5;
        if (parts.Length < first + 2)
        {
            return null;
        }

        var action = string.Join(':', parts, first + 1, parts.Length - first - 1);
        var pattern = string.Empty;
        foreach (var candidate in (string[])[Sync2, Sync, WaitForTaskToken])
        {
            if (action.EndsWith(candidate, StringComparison.Ordinal))
            {
                pattern = candidate;
                action = action[..^candidate.Length];
                break;
            }
        }

        return new ServiceTaskResource(sdk, parts[first], action, pattern);
    }
}
