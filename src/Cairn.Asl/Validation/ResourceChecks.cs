using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Task Resource: an ARN; for optimized integrations (<c>arn:aws:states:::service:api[.pattern]</c>)
/// only the APIs and patterns AWS offers; for EXPRESS machines no <c>.sync</c>,
/// <c>.waitForTaskToken</c> or activities. Services not listed here are accepted as written, so
/// an integration this table does not know is never rejected by mistake.
/// </summary>
internal static class ResourceChecks
{
    public static void Validate(ValidationContext ctx, JObject state, string location)
    {
        var at = JsonPointer.Child(location, "Resource");
        if (state["Resource"] is not JString { Value: var resource })
        {
            ctx.Error(at, ValidationMessages.ExpectedString);
            return;
        }

        if (!resource.StartsWith("arn:", StringComparison.Ordinal))
        {
            ctx.Error(at, ValidationMessages.InvalidResourceArn);
            return;
        }

        var parts = resource.Split(':');
        if (parts.Length >= 6 && parts[2] == "states" && parts[5] == "activity")
        {
            if (ctx.IsExpress)
            {
                ctx.Error(at, ValidationMessages.ExpressUnsupportedActivity);
            }

            return;
        }

        // arn:partition:states:::service:api[.pattern] → ["arn", partition, "states", "", "", service, api...]
        if (parts.Length < 7 || parts[2] != "states" || parts[3].Length != 0 || parts[4].Length != 0)
        {
            return;
        }

        var service = parts[5];
        var apiWithPattern = string.Join(':', parts, 6, parts.Length - 6);
        var (api, pattern) = SplitPattern(apiWithPattern);

        if (OptimizedIntegrationPatterns.IsKnownService(service) && !OptimizedIntegrationPatterns.Allows(service, api, pattern))
        {
            ctx.Error(at, ValidationMessages.UnrecognizedResource(resource));
            return;
        }

        if (ctx.IsExpress && pattern.Length > 0)
        {
            ctx.Error(at, ValidationMessages.ExpressUnsupportedPattern(pattern == OptimizedIntegrationPatterns.Sync2 ? OptimizedIntegrationPatterns.Sync : pattern));
        }
    }

    private static (string Api, string Pattern) SplitPattern(string apiWithPattern)
    {
        foreach (var pattern in (string[])[OptimizedIntegrationPatterns.Sync2, OptimizedIntegrationPatterns.Sync, OptimizedIntegrationPatterns.Callback])
        {
            if (apiWithPattern.EndsWith(pattern, StringComparison.Ordinal))
            {
                return (apiWithPattern[..^pattern.Length], pattern);
            }
        }

        return (apiWithPattern, OptimizedIntegrationPatterns.RequestResponse);
    }
}
