using Cairn.Server.Protocol;

namespace Cairn.Server.Activities;

/// <summary>The activity errors, worded as AWS words them.</summary>
internal static class ActivityErrors
{
    public static ApiException ActivityDoesNotExist(string arn) => new("ActivityDoesNotExist", $"Activity Does Not Exist: '{arn}'");

    /// <summary>The activity an ARN names; InvalidArn or ActivityDoesNotExist otherwise.</summary>
    public static Engine.Storage.ActivityRecord RequireActivity(StepFunctionsBackend backend, string arn)
    {
        Arns.RequireActivity(arn);
        return backend.Activities.GetActivity(arn) ?? throw ActivityDoesNotExist(arn);
    }
}
