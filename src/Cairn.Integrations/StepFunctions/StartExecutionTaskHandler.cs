using Cairn.Asl;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.StepFunctions;

/// <summary>
/// Step Functions as a service of its own Task states: <c>arn:aws:states:::states:startExecution</c>
/// with the request-response, <c>.sync</c>, <c>.sync:2</c> and <c>.waitForTaskToken</c> patterns,
/// and the SDK integration <c>arn:aws:states:::aws-sdk:sfn:startExecution</c>. The executions run in
/// the same host as the one that starts them (<see cref="ITaskContext"/>): STANDARD ones durably,
/// EXPRESS ones as Express executions (every pattern; <c>.sync</c> reports them without the redrive
/// members, as they cannot be redriven).
/// </summary>
/// <remarks>
/// A failed StartExecution call fails the task with the service's error, named as AWS names it
/// (<c>StepFunctions.StateMachineDoesNotExistException</c>, or <c>Sfn.…</c> for the SDK
/// integration). An execution awaited with <c>.sync</c> that does not succeed fails the task with
/// States.TaskFailed and the execution's description as the cause. A <c>.sync</c> task also has a
/// task token (the interpreter issues it): SendTaskSuccess or SendTaskFailure with it ends the task
/// before the execution does, and what this handler reports afterwards is ignored.
/// </remarks>
public sealed class StartExecutionTaskHandler(TimeProvider? time = null) : ITaskHandler
{
    public const string Resource = "arn:aws:states:::states:startExecution";
    public const string SdkResource = "arn:aws:states:::aws-sdk:sfn:startExecution";

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The pattern of a resource this handler answers; null for any other resource.</summary>
    public static StartExecutionPattern? PatternOf(string resource) => resource switch
    {
        Resource => StartExecutionPattern.RequestResponse,
        Resource + ".sync" => StartExecutionPattern.Sync,
        Resource + ".sync:2" => StartExecutionPattern.Sync2,
        Resource + ".waitForTaskToken" => StartExecutionPattern.WaitForTaskToken,
        SdkResource => StartExecutionPattern.Sdk,
        _ => null,
    };

    public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        if (PatternOf(request.Resource) is not { } pattern)
        {
            return TaskResult.Failure(StatesErrors.TaskFailed, $"The resource '{request.Resource}' is not a StartExecution integration.");
        }

        if (request.Context is not { } context)
        {
            return TaskResult.Failure(StatesErrors.TaskFailed, $"The state '{request.StateName}' starts an execution, which only an execution run by 'cairn serve' can do.");
        }

        // What this invocation submitted before a restart. An Express execution is not durable: it
        // was lost with the process, so it is started again (Express executions run at least once).
        var resumed = context.Submitted as JObject;
        if (resumed?["ExecutionArn"] is JString { Value: var startedArn } && !Engine.Arns.StatesArn.Is(startedArn, Engine.Arns.StatesArn.ExpressType))
        {
            // Invoked again after a restart: the execution was started and reported already.
            if (pattern == StartExecutionPattern.WaitForTaskToken)
            {
                return TaskResult.Submission(resumed);
            }

            return Outcome(pattern, await context.WhenEndedAsync(startedArn, cancellationToken).ConfigureAwait(false));
        }

        var parameters = StartExecutionParameters.TryRead(request.Parameters, out var invalid);
        if (parameters is null)
        {
            return ServiceError(pattern, invalid.Code, invalid.Message);
        }

        var waits = pattern is StartExecutionPattern.Sync or StartExecutionPattern.Sync2 or StartExecutionPattern.WaitForTaskToken;
        var start = await context.StartExecutionAsync(new NestedExecutionRequest(
            parameters.StateMachineArn, parameters.Name, parameters.Input, parameters.InputText, StopWithParent: waits)).ConfigureAwait(false);
        if (start.Execution is not { } started)
        {
            return ServiceError(pattern, start.ErrorCode ?? "InternalFailure", start.ErrorMessage ?? "The execution could not be started");
        }

        if (pattern == StartExecutionPattern.Sdk)
        {
            return TaskResult.Success(StartExecutionOutputs.StartedBySdk(started));
        }

        var response = StartExecutionOutputs.Started(started, Guid.NewGuid().ToString(), _time.GetUtcNow());
        switch (pattern)
        {
            case StartExecutionPattern.RequestResponse:
                return TaskResult.Success(response);
            case StartExecutionPattern.WaitForTaskToken:
                return TaskResult.Submission(resumed ?? response);
        }

        // An invocation is submitted once: a restarted Express child keeps the first report.
        if (resumed is null)
        {
            await context.SubmitAsync(response).ConfigureAwait(false);
        }

        var ended = start.Ended is { } express
            ? await express.WaitAsync(cancellationToken).ConfigureAwait(false)
            : await context.WhenEndedAsync(started.ExecutionArn, cancellationToken).ConfigureAwait(false);
        return Outcome(pattern, ended);
    }

    /// <summary>What <c>.sync</c> / <c>.sync:2</c> report once the execution has ended.</summary>
    private static TaskResult Outcome(StartExecutionPattern pattern, ExecutionRecord ended)
    {
        var description = StartExecutionOutputs.Ended(ended, json: pattern == StartExecutionPattern.Sync2);
        return ended.Status == ExecutionStatus.SUCCEEDED
            ? TaskResult.Success(description)
            : TaskResult.Failure(StatesErrors.TaskFailed, description.ToJson());
    }

    /// <summary>A StartExecution call the service refused, as the integration reports it.</summary>
    private static TaskResult ServiceError(StartExecutionPattern pattern, string code, string message)
    {
        var exception = code.EndsWith("Exception", StringComparison.Ordinal) ? code : code + "Exception";
        var requestId = Guid.NewGuid().ToString();
        return pattern == StartExecutionPattern.Sdk
            ? TaskResult.Failure($"Sfn.{exception}", $"{message} (Service: Sfn, Status Code: 400, Request ID: {requestId}) (SDK Attempt Count: 1)")
            : TaskResult.Failure($"StepFunctions.{exception}", $"{message} (Service: AWSStepFunctions; Status Code: 400; Error Code: {code}; Request ID: {requestId}; Proxy: null)");
    }
}
