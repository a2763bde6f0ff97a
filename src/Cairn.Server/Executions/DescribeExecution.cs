using Cairn.Server.Protocol;

namespace Cairn.Server.Executions;

/// <summary>DescribeExecution: a Standard execution as last committed.</summary>
internal sealed class DescribeExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeExecution";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        Arns.RequireExecution(arn);
        var execution = backend.Executions.GetExecution(arn) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        return Task.FromResult<ApiResponse>(ExecutionDescriptions.Describe(execution, backend.Time.GetUtcNow()));
    }
}
