using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.Tags;
using Cairn.Server.Versions;

namespace Cairn.Server.StateMachines;

/// <summary>CreateStateMachine: idempotent for the same configuration, StateMachineAlreadyExists otherwise; publishes version 1 when asked to.</summary>
internal sealed class CreateStateMachine(StepFunctionsBackend backend) : IApiAction
{
    public const int MaxDefinitionBytes = 1024 * 1024;
    private static readonly string[] Types = ["STANDARD", "EXPRESS"];

    public string Name => "CreateStateMachine";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var name = ResourceNames.Require(request, "name");
        var definition = request.OptionalPayload("definition", MaxDefinitionBytes) ?? throw ApiErrors.Missing("definition");
        ApiRequest.CheckLength("definition", definition, definition.Length, 1, int.MaxValue);
        var roleArn = request.RequiredString("roleArn", 1, 256);
        Arns.CheckRole(roleArn);
        var type = Enum.Parse<StateMachineKind>(request.OptionalEnum("type", Types) ?? "STANDARD");
        var logging = MachineConfiguration.Logging(request) ?? MachineConfiguration.DefaultLogging;
        var tracing = MachineConfiguration.Tracing(request) ?? MachineConfiguration.DefaultTracing;
        var (publish, versionDescription) = VersionPublisher.ReadPublishRequest(request);
        EncryptionConfigurations.Check(request);

        var arn = Arns.StateMachine(request.Caller, name);
        var tags = TagList.Read(request, arn, required: false);
        var compiled = StepFunctionsBackend.CompileOrThrow(definition, type);
        var now = backend.Time.GetUtcNow();
        var revision = new StateMachineRevision(Guid.NewGuid().ToString(), arn, definition, roleArn, logging, tracing, null, now);
        var machine = new StateMachineRecord(arn, name, type, now, revision);
        if (!backend.Machines.TryCreate(machine, tags))
        {
            var existing = backend.Machines.GetStateMachine(arn);
            if (existing is null || !SameConfiguration(existing, machine))
            {
                throw ApiErrors.StateMachineAlreadyExists(arn);
            }

            machine = existing;
        }
        else
        {
            backend.RegisterCompiled(revision.RevisionId, compiled);
        }

        var response = new JsonObject
        {
            ["stateMachineArn"] = arn,
            ["creationDate"] = MachineDescriptions.Timestamp(machine.CreationDate),
        };
        if (publish)
        {
            response["stateMachineVersionArn"] = VersionPublisher.Publish(backend, machine, versionDescription).Arn;
        }

        return Task.FromResult<ApiResponse>(response);
    }

    private static bool SameConfiguration(StateMachineRecord a, StateMachineRecord b) =>
        a.Type == b.Type &&
        a.Revision.Definition == b.Revision.Definition &&
        a.Revision.RoleArn == b.Revision.RoleArn &&
        a.Revision.LoggingConfiguration == b.Revision.LoggingConfiguration &&
        a.Revision.TracingConfiguration == b.Revision.TracingConfiguration;
}
