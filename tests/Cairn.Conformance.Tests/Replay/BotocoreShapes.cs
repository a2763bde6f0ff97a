using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// What botocore hands to the test for a Step Functions response or error: timestamps parsed into datetime
/// objects, a ResponseMetadata block, and for errors the <c>{"Error": {...}, "message": ..., "ResponseMetadata"}</c>
/// dict and the <c>str()</c>/type name of the raised exception. Based on botocore's service model (stepfunctions
/// 2016-11-23).
/// </summary>
public static class BotocoreShapes
{
    /// <summary>Structure members of the model whose shape is <c>Timestamp</c>.</summary>
    public static readonly IReadOnlySet<string> TimestampMembers =
        new HashSet<string>(StringComparer.Ordinal) { "creationDate", "redriveDate", "startDate", "stopDate", "timestamp", "updateDate" };

    /// <summary>Error shapes of the model (modelled errors get their own exception class and their fields parsed).</summary>
    public static readonly IReadOnlySet<string> ModelledErrors = new HashSet<string>(StringComparer.Ordinal)
    {
        "ActivityAlreadyExists", "ActivityDoesNotExist", "ActivityLimitExceeded", "ActivityWorkerLimitExceeded",
        "ConflictException", "ExecutionAlreadyExists", "ExecutionDoesNotExist", "ExecutionLimitExceeded",
        "ExecutionNotRedrivable", "InvalidArn", "InvalidDefinition", "InvalidEncryptionConfiguration",
        "InvalidExecutionInput", "InvalidLoggingConfiguration", "InvalidName", "InvalidOutput", "InvalidToken",
        "InvalidTracingConfiguration", "KmsAccessDeniedException", "KmsInvalidStateException",
        "KmsThrottlingException", "MissingRequiredParameter", "ResourceNotFound", "ServiceQuotaExceededException",
        "StateMachineAlreadyExists", "StateMachineDeleting", "StateMachineDoesNotExist", "StateMachineLimitExceeded",
        "StateMachineTypeNotSupported", "TaskDoesNotExist", "TaskTimedOut", "TooManyTags", "ValidationException",
    };

    /// <summary>The parsed response as botocore returns it.</summary>
    public static OrderedDictionary<string, object?> Response(JsonObject body)
    {
        var parsed = (OrderedDictionary<string, object?>)PyValue.FromNode(body)!;
        ConvertTimestamps(parsed);
        parsed["ResponseMetadata"] = Metadata(200);
        return parsed;
    }

    /// <summary>botocore's error dict (<c>ClientError.response</c>).</summary>
    public static OrderedDictionary<string, object?> ErrorResponse(string code, string message)
    {
        var error = new OrderedDictionary<string, object?>
        {
            ["Error"] = new OrderedDictionary<string, object?> { ["Code"] = code, ["Message"] = message },
        };

        // Modelled errors carry their members; for Step Functions that is "message".
        if (ModelledErrors.Contains(code))
        {
            error["message"] = message;
        }

        error["ResponseMetadata"] = Metadata(400);
        return error;
    }

    /// <summary>Name of the exception class botocore raises.</summary>
    public static string ExceptionTypeName(string code) => ModelledErrors.Contains(code) ? code : "ClientError";

    /// <summary><c>str(ClientError)</c>.</summary>
    public static string ExceptionString(string operation, string code, string message) =>
        $"An error occurred ({code}) when calling the {operation} operation: {message}";

    private static OrderedDictionary<string, object?> Metadata(long status)
    {
        var requestId = Guid.NewGuid().ToString();
        return new OrderedDictionary<string, object?>
        {
            ["RequestId"] = requestId,
            ["HTTPStatusCode"] = status,
            ["HTTPHeaders"] = new OrderedDictionary<string, object?>
            {
                ["x-amzn-requestid"] = requestId,
                ["content-type"] = "application/x-amz-json-1.0",
            },
            ["RetryAttempts"] = 0L,
        };
    }

    private static void ConvertTimestamps(object? node)
    {
        switch (node)
        {
            case OrderedDictionary<string, object?> dict:
                foreach (var key in dict.Keys.ToList())
                {
                    var value = dict[key];
                    if (TimestampMembers.Contains(key) && ToDateTime(value) is { } dt)
                    {
                        dict[key] = dt;
                    }
                    else
                    {
                        ConvertTimestamps(value);
                    }
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    ConvertTimestamps(item);
                }

                break;
        }
    }

    private static DateTimeOffset? ToDateTime(object? value)
    {
        // AWS JSON 1.0 sends epoch seconds (possibly fractional); botocore keeps microseconds.
        double? seconds = value switch
        {
            long l => l,
            double d => d,
            _ => null,
        };

        if (seconds is { } s)
        {
            var micros = (long)Math.Round(s * 1_000_000d, MidpointRounding.ToEven);
            return DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
        }

        return value is string text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : null;
    }
}
