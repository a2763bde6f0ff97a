using Cairn.Engine.Arns;

namespace Cairn.Server.Protocol;

/// <summary>
/// ARNs in requests, checked as AWS checks them, with AWS's InvalidArn messages. They are taken
/// apart and formed by <see cref="StatesArn"/>; this adds what each action accepts.
/// </summary>
public static class Arns
{
    public const string StateMachineType = StatesArn.StateMachineType;
    public const string ExecutionType = StatesArn.ExecutionType;
    public const string ExpressType = StatesArn.ExpressType;

    /// <summary>The ARN of the caller's state machine named <paramref name="name"/>.</summary>
    public static string StateMachine(RequestCaller caller, string name) => StatesArn.StateMachine(caller.Region, caller.AccountId, name);

    /// <summary>Any Step Functions ARN; InvalidArn otherwise.</summary>
    public static StatesArn Parse(string arn) =>
        StatesArn.TryParse(arn, out var parsed, out var problem) ? parsed : throw ApiErrors.InvalidArn(problem!);

    /// <summary>A state machine ARN (no version or alias qualifier).</summary>
    public static StatesArn RequireStateMachine(string arn)
    {
        var parsed = RequireType(arn, StateMachineType);
        return parsed.Parts.Count == 1 ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>A state machine version ARN; InvalidArn otherwise.</summary>
    public static StatesArn RequireVersion(string arn)
    {
        var parsed = RequireType(arn, StateMachineType);
        return parsed.IsVersion ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>A state machine alias ARN; InvalidArn otherwise.</summary>
    public static StatesArn RequireAlias(string arn)
    {
        var parsed = RequireType(arn, StateMachineType);
        return parsed.IsAlias ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>A Standard execution ARN; an Express one is accepted only where AWS accepts it.</summary>
    public static StatesArn RequireExecution(string arn, bool allowExpress = false)
    {
        var parsed = Parse(arn);
        var valid = parsed.ResourceType switch
        {
            ExecutionType => parsed.IsExecution,
            ExpressType when allowExpress => parsed.IsExpressExecution,
            _ => throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}"),
        };
        return valid ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>An activity ARN (<c>arn:aws:states:REGION:ACCOUNT:activity:NAME</c>).</summary>
    public static StatesArn RequireActivity(string arn)
    {
        var parsed = RequireType(arn, StatesArn.ActivityType);
        return parsed.Parts.Count == 1 ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>A Map Run ARN: <c>arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID</c>.</summary>
    public static StatesArn RequireMapRun(string arn)
    {
        var parsed = RequireType(arn, StatesArn.MapRunType);
        return parsed.Parts.Count == 2 && parsed.Parts[0].Contains('/', StringComparison.Ordinal) ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>An IAM role ARN is not looked up, but it must be an ARN.</summary>
    public static void CheckRole(string roleArn)
    {
        if (!roleArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw ApiErrors.InvalidArn($"Invalid ARN prefix: {roleArn}");
        }
    }

    private static StatesArn RequireType(string arn, string resourceType)
    {
        var parsed = Parse(arn);
        return parsed.ResourceType == resourceType ? parsed : throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
    }
}
