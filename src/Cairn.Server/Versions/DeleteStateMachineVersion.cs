using Cairn.Server.Protocol;

namespace Cairn.Server.Versions;

/// <summary>DeleteStateMachineVersion: succeeds whether or not the version exists; ConflictException while an alias routes to it.</summary>
internal sealed class DeleteStateMachineVersion(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DeleteStateMachineVersion";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineVersionArn", 1, 2000);
        var parsed = Arns.RequireVersion(arn);
        var referencing = backend.Versions.ListAliases(parsed.Machine, 0, int.MaxValue)
            .Where(a => a.Alias.RoutingConfiguration.Any(r => r.StateMachineVersionArn == arn))
            .Select(a => a.Alias.Name)
            .ToList();
        if (referencing.Count > 0)
        {
            throw VersionErrors.Conflict($"Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [{string.Join(", ", referencing)}]");
        }

        backend.Versions.DeleteVersion(arn);
        return Task.FromResult(ApiResponse.Empty);
    }
}
