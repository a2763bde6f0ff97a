using Cairn.Engine.Hosting;
using Cairn.Server.Protocol;

namespace Cairn.Server.Callbacks;

/// <summary>What SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat answer when the token does not lead to a waiting task, worded as AWS words it.</summary>
internal static class TaskTokenErrors
{
    /// <summary>AWS's limit on task tokens.</summary>
    public const int MaxTokenLength = 2048;

    public static ApiException InvalidOutput(string reason) => new("InvalidOutput", $"Invalid Output: '{reason}'");

    public static void ThrowUnlessAccepted(TaskTokenOutcome outcome)
    {
        switch (outcome)
        {
            case TaskTokenOutcome.Accepted:
                return;
            case TaskTokenOutcome.InvalidToken:
                throw ApiErrors.InvalidToken();
            case TaskTokenOutcome.TaskDoesNotExist:
                throw new ApiException("TaskDoesNotExist", "Task Does Not Exist: 'Provided task does not exist'");
            default:
                throw new ApiException("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
        }
    }
}
