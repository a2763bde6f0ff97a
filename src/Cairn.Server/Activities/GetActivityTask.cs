using System.Text.Json.Nodes;
using Cairn.Server.Protocol;

namespace Cairn.Server.Activities;

/// <summary>
/// GetActivityTask: a long poll of up to 60 seconds for the activity's next task. The worker name
/// is recorded in ActivityStarted; when no task comes, the answer has neither token nor input.
/// A server that is stopping answers its open polls at once with that empty task, so workers
/// are not left to a reset connection.
/// </summary>
internal sealed class GetActivityTask(StepFunctionsBackend backend, CancellationToken serverStopping) : IApiAction
{
    public static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(60);

    public string Name => "GetActivityTask";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("activityArn", 1, 256);
        var workerName = request.OptionalString("workerName", 1, 80);
        ActivityErrors.RequireActivity(backend, arn);
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, serverStopping);
        var task = await backend.Host.GetActivityTaskAsync(arn, workerName, LongPoll, poll.Token).ConfigureAwait(false);
        var response = new JsonObject();
        if (task is not null)
        {
            response["taskToken"] = task.TaskToken;
            response["input"] = task.Input;
        }

        return response;
    }
}
