using Cairn.Integrations.Aws.Models;

namespace Cairn.Integrations.Aws.Http;

/// <summary>An error a service answered with: its code, message, HTTP status and request id, and the modelled error shape if any.</summary>
public sealed class AwsServiceException(string code, string message, int status, string? requestId, Shape? shape = null) : Exception(message)
{
    /// <summary>The error code as sent (<c>ResourceNotFoundException</c>, <c>AWS.SimpleQueueService.NonExistentQueue</c>).</summary>
    public string Code { get; } = code;

    public int Status { get; } = status;

    public string? RequestId { get; } = requestId;

    /// <summary>S3's <c>x-amz-id-2</c>.</summary>
    public string? ExtendedRequestId { get; init; }

    /// <summary>The modelled error shape the code names; null for an error the model does not list.</summary>
    public Shape? Shape { get; } = shape;

    /// <summary>The modelled members of the error (besides code and message), as the protocol parsed them.</summary>
    public Cairn.Json.JObject? Fields { get; init; }
}
