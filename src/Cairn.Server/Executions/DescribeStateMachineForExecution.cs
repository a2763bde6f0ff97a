using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>DescribeStateMachineForExecution: the revision the execution runs, even after updates or deletion.</summary>
internal sealed class DescribeStateMachineForExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeStateMachineForExecution";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        Arns.RequireExecution(arn);
        var execution = backend.Executions.GetExecution(arn) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        var revision = backend.Machines.GetRevision(execution.RevisionId) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        var machineArn = execution.StateMachineArn;
        var response = MachineDescriptions.Describe(machineArn, machineArn[(machineArn.LastIndexOf(':') + 1)..], revision);
        response["updateDate"] = MachineDescriptions.Timestamp(revision.CreatedAt);
        var machine = backend.Machines.GetStateMachine(machineArn);
        if (machine is null || machine.CreationDate != revision.CreatedAt)
        {
            response["revisionId"] = revision.RevisionId;
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
