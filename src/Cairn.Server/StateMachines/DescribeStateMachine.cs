using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>DescribeStateMachine: the current revision of a machine.</summary>
internal sealed class DescribeStateMachine(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeStateMachine";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var machine = backend.RequireMachine(request.RequiredString("stateMachineArn", 1, 256));
        var response = MachineDescriptions.Describe(machine.Arn, machine.Name, machine.Revision);
        response["status"] = "ACTIVE";
        response["type"] = machine.Type.ToString();
        response["creationDate"] = MachineDescriptions.Timestamp(machine.CreationDate);
        if (MachineDescriptions.IsUpdated(machine))
        {
            response["revisionId"] = machine.Revision.RevisionId;
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
