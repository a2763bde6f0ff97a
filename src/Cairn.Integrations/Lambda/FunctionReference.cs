using System.Text.RegularExpressions;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// A function as Lambda's APIs name it: a name (<c>my-function</c>), a partial ARN
/// (<c>123456789012:function:my-function</c>) or a full ARN
/// (<c>arn:aws:lambda:us-east-1:123456789012:function:my-function</c>), each with an optional
/// <c>:QUALIFIER</c> (a version, <c>$LATEST</c> or an alias). Parsed here, in one place.
/// </summary>
public sealed partial record FunctionReference(string Name, string? Qualifier, string? Account, string? Region)
{
    /// <summary>Parses <paramref name="functionName"/>; a separately given <paramref name="qualifier"/> must agree with one in the name.</summary>
    public static FunctionReference Parse(string functionName, string? qualifier = null)
    {
        var match = Pattern().Match(functionName);
        if (!match.Success || functionName.Length > 170)
        {
            throw new LambdaException(
                "ValidationException",
                $"1 validation error detected: Value '{functionName}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: " +
                @"(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_\.]+)(:(\$LATEST|[a-zA-Z0-9-_]+))?",
                400);
        }

        var derived = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Value : null;
        if (derived is not null && qualifier is not null && derived != qualifier)
        {
            throw LambdaException.InvalidParameter("The derived qualifier from the function name does not match the specified qualifier.");
        }

        return new FunctionReference(
            match.Groups["name"].Value,
            derived ?? qualifier,
            match.Groups["account"].Success ? match.Groups["account"].Value : null,
            match.Groups["region"].Success ? match.Groups["region"].Value : null);
    }

    /// <summary>The ARN of <paramref name="name"/>, qualified when <paramref name="qualifier"/> is given.</summary>
    public static string Arn(string region, string account, string name, string? qualifier = null) =>
        $"arn:aws:lambda:{region}:{account}:function:{name}" + (qualifier is null ? string.Empty : ":" + qualifier);

    /// <summary>Whether <paramref name="resource"/> is a Lambda function ARN (a Task state's direct Lambda resource).</summary>
    public static bool IsFunctionArn(string resource) =>
        resource.StartsWith("arn:", StringComparison.Ordinal) && resource.Split(':') is { Length: >= 7 } parts && parts[2] == "lambda" && parts[5] == "function";

    [GeneratedRegex(@"^(?:(?:arn:(?:aws[a-zA-Z-]*)?:lambda:(?<region>[a-z]{2}(?:-gov)?-[a-z]+-\d{1}):)?(?<account>\d{12}):function:)?(?<name>[a-zA-Z0-9\-_\.]{1,140})(?::(?<qualifier>\$LATEST|[a-zA-Z0-9\-_]{1,128}))?$")]
    private static partial Regex Pattern();
}
