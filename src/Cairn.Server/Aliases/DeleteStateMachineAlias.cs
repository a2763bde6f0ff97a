using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Aliases;

/// <summary>DeleteStateMachineAlias: succeeds whether or not the alias exists; executions started through it keep running.</summary>
internal sealed class DeleteStateMachineAlias(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DeleteStateMachineAlias";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineAliasArn", 1, 256);
        Arns.RequireAlias(arn);
        backend.Versions.DeleteAlias(arn);
        return Task.FromResult(ApiResponse.Empty);
    }
}
