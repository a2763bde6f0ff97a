namespace Cairn.Integrations.Aws.Http;

/// <summary>
/// The AWS SDKs' standard retry mode: at most <see cref="MaxAttempts"/> attempts (default 3,
/// <c>AWS_MAX_ATTEMPTS</c>); throttling errors, transient errors (HTTP 500, 502, 503, 504,
/// <c>RequestTimeout</c>, connection failures) and errors the model marks retryable are retried
/// after a delay of <c>random(0, 1) × 2^(attempt-1)</c> seconds, at most 20 seconds; a retry quota
/// of 500 tokens (5 per retry, 10 per timeout, 1 back per success) stops retry storms against an
/// endpoint that keeps failing.
/// </summary>
public sealed class AwsRetryPolicy
{
    private const int InitialQuota = 500;
    private const int RetryCost = 5;
    private const int TimeoutCost = 10;

    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    private static readonly HashSet<string> TransientCodes = new(StringComparer.Ordinal)
    {
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalError", "InternalFailure", "ServiceUnavailable",
    };

    private readonly Lock _gate = new();
    private int _quota = InitialQuota;

    public int MaxAttempts { get; init; } = 3;

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The first retry's largest delay (the SDKs: 1 second); tests shorten it.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether a service error is retried: throttling, transient, or modelled as retryable.</summary>
    public static bool IsRetryable(AwsServiceException error) =>
        error.Status is 500 or 502 or 503 or 504 || ThrottlingCodes.Contains(error.Code) || TransientCodes.Contains(error.Code) || error.Shape?.Retryable == true;

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1 (attempts count from 1), or null when the call gives up.</summary>
    public TimeSpan? NextDelay(int attempt, bool timeout)
    {
        if (attempt >= MaxAttempts)
        {
            return null;
        }

        lock (_gate)
        {
            var cost = timeout ? TimeoutCost : RetryCost;
            if (_quota < cost)
            {
                return null;
            }

            _quota -= cost;
        }

        var delay = Random.Shared.NextDouble() * Math.Pow(2, attempt - 1) * BaseDelay.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Min(delay, MaxBackoff.TotalSeconds));
    }

    /// <summary>A call succeeded: the quota gets a token back.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _quota = Math.Min(InitialQuota, _quota + 1);
        }
    }
}
