using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.StateMachines;

/// <summary>DescribeStateMachine: the current revision of a machine, or a version's revision.</summary>
internal sealed class DescribeStateMachine(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeStateMachine";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        if (Arns.Parse(arn) is { ResourceType: Arns.StateMachineType, Parts.Count: 2 })
        {
            return Task.FromResult<ApiResponse>(VersionDescriptions.Describe(backend, arn));
        }

        var machine = backend.RequireMachine(arn);
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
