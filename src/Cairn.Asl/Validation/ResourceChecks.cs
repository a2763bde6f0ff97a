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
    private const string RequestResponse = "";
    private const string Sync = ".sync";
    private const string Sync2 = ".sync:2";
    private const string Callback = ".waitForTaskToken";

    /// <summary>Optimized integrations whose full API list is known: service → api → supported patterns.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Integrations = new(StringComparer.Ordinal)
    {
        ["lambda"] = new() { ["invoke"] = [RequestResponse, Callback] },
        ["dynamodb"] = new()
        {
            ["getItem"] = [RequestResponse],
            ["putItem"] = [RequestResponse],
            ["deleteItem"] = [RequestResponse],
            ["updateItem"] = [RequestResponse],
        },
        ["sns"] = new() { ["publish"] = [RequestResponse, Callback] },
        ["sqs"] = new() { ["sendMessage"] = [RequestResponse, Callback] },
        ["events"] = new() { ["putEvents"] = [RequestResponse, Callback] },
        ["states"] = new() { ["startExecution"] = [RequestResponse, Sync, Sync2, Callback] },
        ["apigateway"] = new() { ["invoke"] = [RequestResponse, Callback] },
        ["http"] = new() { ["invoke"] = [RequestResponse] },
        ["batch"] = new() { ["submitJob"] = [RequestResponse, Sync] },
        ["glue"] = new() { ["startJobRun"] = [RequestResponse, Sync] },
        ["ecs"] = new() { ["runTask"] = [RequestResponse, Sync, Callback] },
    };

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

        if (Integrations.TryGetValue(service, out var apis) && (!apis.TryGetValue(api, out var patterns) || Array.IndexOf(patterns, pattern) < 0))
        {
            ctx.Error(at, ValidationMessages.UnrecognizedResource(resource));
            return;
        }

        if (ctx.IsExpress && pattern.Length > 0)
        {
            ctx.Error(at, ValidationMessages.ExpressUnsupportedPattern(pattern == Sync2 ? Sync : pattern));
        }
    }

    private static (string Api, string Pattern) SplitPattern(string apiWithPattern)
    {
        foreach (var pattern in (string[])[Sync2, Sync, Callback])
        {
            if (apiWithPattern.EndsWith(pattern, StringComparison.Ordinal))
            {
                return (apiWithPattern[..^pattern.Length], pattern);
            }
        }

        return (apiWithPattern, RequestResponse);
    }
}
