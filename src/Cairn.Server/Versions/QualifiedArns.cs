using Cairn.Server.Protocol;

namespace Cairn.Server.Versions;

/// <summary>
/// Qualified state machine ARNs: <c>…:stateMachine:NAME:VERSION</c> names a version (a number),
/// <c>…:stateMachine:NAME:ALIAS</c> an alias (a name with at least one letter, '_', '-' or '.').
/// </summary>
internal static class QualifiedArns
{
    public static string Version(string stateMachineArn, long version) =>
        $"{stateMachineArn}:{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static string Alias(string stateMachineArn, string name) => $"{stateMachineArn}:{name}";

    /// <summary>The unqualified machine ARN of a qualified one.</summary>
    public static string MachineOf(ParsedArn qualified) =>
        $"arn:aws:states:{qualified.Region}:{qualified.Account}:{Arns.StateMachineType}:{qualified.Parts[0]}";

    public static bool IsVersion(ParsedArn arn) =>
        arn.ResourceType == Arns.StateMachineType && arn.Parts.Count == 2 && arn.Parts[1].All(char.IsAsciiDigit);

    public static bool IsAlias(ParsedArn arn) =>
        arn.ResourceType == Arns.StateMachineType && arn.Parts.Count == 2 && !arn.Parts[1].All(char.IsAsciiDigit);

    /// <summary>A version ARN; InvalidArn otherwise.</summary>
    public static ParsedArn RequireVersion(string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType != Arns.StateMachineType)
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
        }

        return IsVersion(parsed) ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>An alias ARN; InvalidArn otherwise.</summary>
    public static ParsedArn RequireAlias(string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType != Arns.StateMachineType)
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
        }

        return IsAlias(parsed) ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }
}
