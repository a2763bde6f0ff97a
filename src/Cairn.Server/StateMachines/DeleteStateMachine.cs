using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>DeleteStateMachine: succeeds whether or not the machine exists, as AWS does; its versions and aliases go with it; running executions finish.</summary>
internal sealed class DeleteStateMachine(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DeleteStateMachine";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        Arns.RequireStateMachine(arn);
        backend.Machines.Delete(arn);
        backend.Versions.DeleteVersionsAndAliases(arn);
        return Task.FromResult(ApiResponse.Empty);
    }
}
