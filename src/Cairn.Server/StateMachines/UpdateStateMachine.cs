using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.StateMachines;

/// <summary>UpdateStateMachine: a new revision for what changed (published as a version when asked to); running executions keep theirs.</summary>
internal sealed class UpdateStateMachine(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "UpdateStateMachine";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("stateMachineArn", 1, 256);
        var definition = request.OptionalPayload("definition", CreateStateMachine.MaxDefinitionBytes);
        var roleArn = request.OptionalString("roleArn", 1, 256);
        var logging = MachineConfiguration.Logging(request);
        var tracing = MachineConfiguration.Tracing(request);
        var (publish, versionDescription) = VersionPublisher.ReadPublishRequest(request);
        EncryptionConfigurations.Check(request);

        var machine = backend.RequireMachine(arn);
        if (definition is null && roleArn is null && logging is null && tracing is null)
        {
            throw ApiErrors.MissingRequiredParameter("Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified");
        }

        if (roleArn is not null)
        {
            Arns.CheckRole(roleArn);
        }

        var current = machine.Revision;
        var compiled = definition is null ? null : StepFunctionsBackend.CompileOrThrow(definition, machine.Type);
        var revision = current with
        {
            Definition = definition ?? current.Definition,
            RoleArn = roleArn ?? current.RoleArn,
            LoggingConfiguration = logging ?? current.LoggingConfiguration,
            TracingConfiguration = tracing ?? current.TracingConfiguration,
        };
        var now = backend.Time.GetUtcNow();
        var response = new JsonObject();
        if (revision != current)
        {
            revision = revision with { RevisionId = Guid.NewGuid().ToString(), CreatedAt = now };
            if (compiled is not null)
            {
                backend.RegisterCompiled(revision.RevisionId, compiled);
            }

            if (!backend.Machines.Update(arn, revision))
            {
                throw ApiErrors.StateMachineDoesNotExist(arn);
            }
        }

        if (publish)
        {
            response["stateMachineVersionArn"] = VersionPublisher.Publish(backend, machine with { Revision = revision }, versionDescription).Arn;
        }

        response["updateDate"] = MachineDescriptions.Timestamp(revision.CreatedAt);
        if (revision.RevisionId != machine.Revision.RevisionId || MachineDescriptions.IsUpdated(machine))
        {
            response["revisionId"] = revision.RevisionId;
        }

        return Task.FromResult<ApiResponse>(response);
    }
}
