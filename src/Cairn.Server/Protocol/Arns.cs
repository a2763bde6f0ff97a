namespace Cairn.Server.Protocol;

/// <summary>A Step Functions ARN taken apart: <c>arn:PARTITION:states:REGION:ACCOUNT:TYPE:PART[:PART...]</c>.</summary>
public sealed record ParsedArn(string Arn, string Region, string Account, string ResourceType, IReadOnlyList<string> Parts);

/// <summary>Forming and checking ARNs as AWS does, with AWS's InvalidArn messages.</summary>
public static class Arns
{
    public const string StateMachineType = "stateMachine";
    public const string ExecutionType = "execution";
    public const string ExpressType = "express";

    public static string StateMachine(RequestCaller caller, string name) => $"arn:aws:states:{caller.Region}:{caller.AccountId}:stateMachine:{name}";

    public static string Execution(ParsedArn machine, string name) => $"arn:aws:states:{machine.Region}:{machine.Account}:execution:{machine.Parts[0]}:{name}";

    public static string ExpressExecution(ParsedArn machine, string name, Guid id) => $"arn:aws:states:{machine.Region}:{machine.Account}:express:{machine.Parts[0]}:{name}:{id}";

    /// <summary>The machine ARN an execution ARN belongs to.</summary>
    public static string MachineOf(ParsedArn execution) => $"arn:aws:states:{execution.Region}:{execution.Account}:stateMachine:{execution.Parts[0]}";

    public static ParsedArn Parse(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN prefix: {arn}");
        }

        var segments = arn.Split(':');
        if (segments.Length < 7 || segments[1].Length == 0 || segments[2] != "states" || segments[3].Length == 0 || segments[4].Length == 0 || segments.Skip(6).Any(s => s.Length == 0))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
        }

        return new ParsedArn(arn, segments[3], segments[4], segments[5], segments[6..]);
    }

    /// <summary>A state machine ARN (no version or alias qualifier).</summary>
    public static ParsedArn RequireStateMachine(string arn)
    {
        var parsed = Parse(arn);
        if (parsed.ResourceType != StateMachineType)
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
        }

        if (parsed.Parts.Count != 1)
        {
            throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
        }

        return parsed;
    }

    /// <summary>A Standard execution ARN; an Express one is accepted only where AWS accepts it.</summary>
    public static ParsedArn RequireExecution(string arn, bool allowExpress = false)
    {
        var parsed = Parse(arn);
        var valid = parsed.ResourceType switch
        {
            ExecutionType => parsed.Parts.Count == 2,
            ExpressType when allowExpress => parsed.Parts.Count == 3,
            _ => throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}"),
        };
        return valid ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>An IAM role ARN is not looked up, but it must be an ARN.</summary>
    public static void CheckRole(string roleArn)
    {
        if (!roleArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN prefix: {roleArn}");
        }
    }
}
