using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>
/// loggingConfiguration and tracingConfiguration, checked as AWS checks them and stored as the
/// normalised JSON DescribeStateMachine returns (defaults filled in).
/// </summary>
internal static class MachineConfiguration
{
    private static readonly string[] LogLevels = ["ALL", "ERROR", "FATAL", "OFF"];

    public const string DefaultLogging = """{"level":"OFF","includeExecutionData":false}""";
    public const string DefaultTracing = """{"enabled":false}""";

    public static string? Logging(ApiRequest request)
    {
        var logging = request.OptionalObject("loggingConfiguration");
        if (logging is null)
        {
            return null;
        }

        var scoped = new ApiRequest(logging, request.Caller);
        var level = scoped.OptionalEnum("level", LogLevels) ?? "OFF";
        var includeData = scoped.OptionalBool("includeExecutionData") ?? false;
        var destinations = scoped.OptionalArray("destinations");
        if (destinations is not null && destinations.Count > 1)
        {
            throw ApiErrors.InvalidLoggingConfiguration("Must specify exactly one Log Destination.");
        }

        if (level != "OFF" && (destinations is null || destinations.Count != 1))
        {
            throw ApiErrors.InvalidLoggingConfiguration("Must specify exactly one Log Destination.");
        }

        var normalised = new JsonObject { ["level"] = level, ["includeExecutionData"] = includeData };
        if (destinations is not null)
        {
            var copy = new JsonArray();
            foreach (var destination in destinations)
            {
                var group = destination is JsonObject item
                    ? new ApiRequest(item, request.Caller).OptionalObject("cloudWatchLogsLogGroup")
                    : throw ApiErrors.Serialization("Expected an object in 'destinations'");
                var logGroupArn = group is null ? null : new ApiRequest(group, request.Caller).OptionalString("logGroupArn", 1, 256);
                if (logGroupArn is null || !logGroupArn.StartsWith("arn:", StringComparison.Ordinal) || !logGroupArn.Contains(":log-group:", StringComparison.Ordinal))
                {
                    throw ApiErrors.InvalidLoggingConfiguration($"Invalid Log Group ARN: {logGroupArn ?? "null"}");
                }

                copy.Add(new JsonObject { ["cloudWatchLogsLogGroup"] = new JsonObject { ["logGroupArn"] = logGroupArn } });
            }

            normalised["destinations"] = copy;
        }

        return normalised.ToJsonString();
    }

    public static string? Tracing(ApiRequest request)
    {
        var tracing = request.OptionalObject("tracingConfiguration");
        if (tracing is null)
        {
            return null;
        }

        var enabled = new ApiRequest(tracing, request.Caller).OptionalBool("enabled") ?? false;
        return new JsonObject { ["enabled"] = enabled }.ToJsonString();
    }
}
