using Cairn.Conformance.Tests.Replay;

namespace Cairn.Conformance.Tests;

/// <summary>The units whose Task states call Lambda functions with recorded handler code (simple_lambda, sfn_only+simple_lambda), in both query languages, and their known-failures list.</summary>
public static class LambdaSelection
{
    public const string KnownFailuresFileName = "known-failures-lambda.txt";

    private static readonly HashSet<string> Categories = ["simple_lambda", "sfn_only+simple_lambda"];

    public static ConformanceSelection JsonPath { get; } = new() { Categories = Categories };

    public static ConformanceSelection Jsonata { get; } = JsonPath with { Jsonata = true };

    /// <summary>
    /// Left out where a unit marks them unverified: the HTTP metadata of the lambda:invoke result
    /// (several recordings were normalised before the transformers that mask its request ids
    /// existed, so they keep values no implementation can repeat), the billed duration of Express
    /// executions (the real time the recorded functions took on AWS), and the context object's
    /// RedriveCount (recorded before AWS added it).
    /// </summary>
    public static IReadOnlySet<string> AlwaysSkip { get; } = new HashSet<string> { "$..SdkHttpMetadata", "$..SdkResponseMetadata", "$..billingDetails", "$..RedriveCount" };
}
