namespace Cairn.Engine.Execution.States;

/// <summary>
/// How a Task's Resource ARN appears in history: a Lambda function ARN gives LambdaFunction*
/// events; a service integration <c>arn:aws:states:::service:action[.pattern]</c> gives Task*
/// events with resourceType <c>service</c> and resource <c>action[.pattern]</c>.
/// </summary>
internal readonly record struct TaskResource(string ResourceType, string Resource, bool IsLambdaFunction)
{
    public static TaskResource Parse(string arn)
    {
        var parts = arn.Split(':');
        if (parts.Length >= 7 && parts[2] == "lambda" && parts[5] == "function")
        {
            return new TaskResource("lambda", arn, true);
        }

        if (parts.Length >= 7 && parts[2] == "states" && parts[3].Length == 0 && parts[4].Length == 0)
        {
            // arn:aws:states:::service:action  or  arn:aws:states:::aws-sdk:service:action; the
            // action keeps a versioned pattern suffix such as ".sync:2".
            var rest = parts.AsSpan(5);
            var actionParts = rest.Length > 2 && rest[^2].EndsWith(".sync", StringComparison.Ordinal) ? 2 : 1;
            var resource = string.Join(':', rest[^actionParts..].ToArray());
            var type = string.Join(':', rest[..^actionParts].ToArray());
            return new TaskResource(type, resource, false);
        }

        return new TaskResource(parts.Length > 2 ? parts[2] : arn, arn, false);
    }

    /// <summary>Whether the resource is an activity: <c>arn:PARTITION:states:REGION:ACCOUNT:activity:NAME</c>.</summary>
    public static bool IsActivity(string resource)
    {
        var parts = resource.Split(':', 7);
        return parts.Length == 7 && parts[0] == "arn" && parts[2] == "states" && parts[5] == "activity";
    }

    /// <summary>
    /// Whether a service integration uses the job run pattern (<c>.sync</c>, <c>.sync:2</c>): the
    /// task waits for the job, and has a task token of its own with which it can also be completed
    /// or kept alive (SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat).
    /// </summary>
    public static bool IsJobRun(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = arn.Split(':');
        if (parts.Length < 7 || parts[2] != "states" || parts[3].Length != 0 || parts[4].Length != 0)
        {
            return false;
        }

        // action.sync, or action.sync:VERSION
        return parts[^1].EndsWith(".sync", StringComparison.Ordinal)
            || (parts[^2].EndsWith(".sync", StringComparison.Ordinal) && parts[^1].Length > 0 && parts[^1].All(char.IsAsciiDigit));
    }
}
