using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;

namespace Cairn.Integrations.Aws;

/// <summary>How Cairn calls AWS services. Every property has a documented default.</summary>
public sealed record AwsClientOptions
{
    /// <summary>The service models (default: the embedded ones).</summary>
    public ServiceModels Models { get; init; } = ServiceModels.Embedded;

    /// <summary>Where requests go (default: the environment's endpoint variables, else AWS).</summary>
    public AwsEndpoints Endpoints { get; init; } = new();

    /// <summary>The credentials (default: the SDKs' standard chain).</summary>
    public AwsCredentialChain Credentials { get; init; } = new();

    /// <summary>The region of the calls; null: <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, the profile's region, else us-east-1.</summary>
    public string? Region { get; init; }

    /// <summary>How long one attempt may take, connecting included (default 60 seconds, the SDKs' read timeout).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest response body read (default 4 MiB: a task's result is at most 256 KiB, so a
    /// larger answer cannot be used); a larger one fails the call without being buffered.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Retries (default: the SDKs' standard mode, <c>AWS_MAX_ATTEMPTS</c> attempts or 3).</summary>
    public AwsRetryPolicy Retry { get; init; } = new()
    {
        MaxAttempts = int.TryParse(Environment.GetEnvironmentVariable("AWS_MAX_ATTEMPTS"), out var attempts) && attempts >= 1 ? attempts : 3,
    };

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
