namespace Cairn.Integrations.Aws.Protocols;

/// <summary>How parsed outputs are written as JSON.</summary>
public sealed record OutputStyle
{
    /// <summary>Timestamps as ISO 8601 text (<c>2024-01-02T03:04:05.678Z</c>, as the SDKs print an instant); otherwise epoch milliseconds.</summary>
    public bool IsoTimestamps { get; init; } = true;

    /// <summary>Member names with their first letter capitalised (<c>items</c> → <c>Items</c>), as Step Functions reports SDK outputs.</summary>
    public bool CapitalizeMembers { get; init; } = true;

    /// <summary>The style of the <c>aws-sdk</c> integrations (the AWS SDK for Java 2.x).</summary>
    public static OutputStyle Sdk { get; } = new();

    /// <summary>The style of the optimized integrations (the AWS SDK for Java 1.x: dates in epoch milliseconds).</summary>
    public static OutputStyle Optimized { get; } = new() { IsoTimestamps = false };
}
