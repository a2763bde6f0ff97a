using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Http;
using Cairn.Integrations.Lambda;
using Cairn.Integrations.Mocks;
using Cairn.Integrations.StepFunctions;

namespace Cairn.Integrations;

/// <summary>
/// Picks what answers a Task state: a mocked response when the execution's test case mocks the
/// state (as in Step Functions Local, mocks win), Step Functions itself for its StartExecution
/// integrations, Lambda functions and <c>lambda:invoke</c> on the built-in Lambda service (when
/// there is one and no Lambda endpoint is configured by name; else Lambda at its endpoint), AWS
/// services (<paramref name="aws"/>: <c>aws-sdk:*</c> and the optimized integrations) unless calls
/// are off, the HTTP Task (<paramref name="http"/>), and <paramref name="fallback"/> for everything else.
/// </summary>
public sealed class TaskRouter(ITaskHandler fallback, MockConfig? mocks = null, TimeProvider? time = null, LambdaService? lambda = null, AwsTaskHandler? aws = null, HttpTaskHandler? http = null) : ITaskHandler
{
    private readonly StartExecutionTaskHandler _startExecution = new(time);
    private readonly LambdaTaskHandler? _lambda = LambdaOf(lambda, aws, time);
    private readonly Aws.S3.S3MapData? _mapData = aws is null ? null : new Aws.S3.S3MapData(aws.Client);

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        if (request.Purpose != TaskPurpose.TaskState)
        {
            // A Distributed Map's items and results are in S3: read and written for real, never mocked.
            return _mapData is not null
                ? _mapData.InvokeAsync(request, cancellationToken)
                : ValueTask.FromResult(TaskResult.Failure(
                    request.Purpose == TaskPurpose.ItemReader ? Asl.StatesErrors.ItemReaderFailed : Asl.StatesErrors.ResultWriterFailed,
                    $"{request.Resource} needs AWS service calls, which are off here (--no-aws-calls)."));
        }

        if (IsMocked(request))
        {
            return fallback.InvokeAsync(request, cancellationToken);
        }

        if (StartExecutionTaskHandler.PatternOf(request.Resource) is not null)
        {
            return _startExecution.InvokeAsync(request, cancellationToken);
        }

        if (_lambda is not null && LambdaTaskHandler.Handles(request.Resource))
        {
            return _lambda.InvokeAsync(request, cancellationToken);
        }

        if (http is not null && request.Resource == HttpTaskHandler.InvokeResource)
        {
            return http.InvokeAsync(request, cancellationToken);
        }

        return aws is not null && AwsTaskHandler.Handles(request.Resource)
            ? aws.InvokeAsync(request, cancellationToken)
            : fallback.InvokeAsync(request, cancellationToken);
    }

    private static LambdaTaskHandler? LambdaOf(LambdaService? builtIn, AwsTaskHandler? aws, TimeProvider? time)
    {
        var remote = aws is not null && aws.Client.Models.Find("lambda") is { } model
            && (builtIn is null || aws.Client.Endpoints.ResolveForService(model) is not null);
        return remote ? new LambdaTaskHandler(new AwsLambdaInvoker(aws!.Client), time)
            : builtIn is null ? null
            : new LambdaTaskHandler(builtIn, time);
    }

    private bool IsMocked(TaskRequest request) =>
        mocks is not null
        && request.TestCase is { } testCase
        && mocks.TryGetTestCase(request.StateMachineName, testCase, out var mocked)
        && mocked.TryGetResponse(request.StateName, out _);
}
