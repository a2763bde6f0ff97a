using Cairn.Server.Protocol;

namespace Cairn.Server.Activities;

/// <summary>The activity errors, worded as AWS words them.</summary>
internal static class ActivityErrors
{
    public static ApiException ActivityDoesNotExist(string arn) => new("ActivityDoesNotExist", $"Activity Does Not Exist: '{arn}'");

    /// <summary>An activity ARN (<c>arn:aws:states:REGION:ACCOUNT:activity:NAME</c>), with AWS's InvalidArn messages otherwise.</summary>
    public static ParsedArn RequireActivityArn(string arn)
    {
        var parsed = Arns.Parse(arn);
        if (parsed.ResourceType != ActivityArns.Type)
        {
            throw ApiErrors.InvalidArn($"Resource type not valid in this context: {parsed.ResourceType}");
        }

        return parsed.Parts.Count == 1 ? parsed : throw ApiErrors.InvalidArn($"Invalid ARN: {arn}");
    }

    /// <summary>The activity an ARN names; InvalidArn or ActivityDoesNotExist otherwise.</summary>
    public static Engine.Storage.ActivityRecord RequireActivity(StepFunctionsBackend backend, string arn)
    {
        RequireActivityArn(arn);
        return backend.Activities.GetActivity(arn) ?? throw ActivityDoesNotExist(arn);
    }
}

/// <summary>Activity ARNs.</summary>
internal static class ActivityArns
{
    public const string Type = "activity";

    public static string Activity(RequestCaller caller, string name) => $"arn:aws:states:{caller.Region}:{caller.AccountId}:activity:{name}";
}
