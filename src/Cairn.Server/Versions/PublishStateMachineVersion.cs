using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Versions;

/// <summary>PublishStateMachineVersion: the current revision as a new version, or its existing version; ConflictException when revisionId is not the current one.</summary>
internal sealed class PublishStateMachineVersion(StepFunctionsBackend backend) : IApiAction
{
    /// <summary>What revisionId is given as for a machine that has never been updated.</summary>
    private const string InitialRevision = "INITIAL";

    public string Name => "PublishStateMachineVersion";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        var revisionId = request.OptionalString("revisionId", 0, 256);
        var description = request.OptionalString("description", 0, VersionPublisher.MaxDescriptionLength);
        var machine = backend.RequireMachine(arn);
        if (revisionId is not null)
        {
            var current = MachineDescriptions.IsUpdated(machine) ? machine.Revision.RevisionId : InitialRevision;
            if (revisionId != current && revisionId != machine.Revision.RevisionId)
            {
                throw VersionErrors.RevisionConflict(revisionId, machine.Revision.RevisionId);
            }
        }

        var version = VersionPublisher.Publish(backend, machine, description);
        return Task.FromResult<ApiResponse>(new JsonObject
        {
            ["creationDate"] = MachineDescriptions.Timestamp(version.CreationDate),
            ["stateMachineVersionArn"] = version.Arn,
        });
    }
}
