using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Versions;

/// <summary>
/// Publishing a machine's current revision as a version: PublishStateMachineVersion, and
/// CreateStateMachine / UpdateStateMachine with <c>publish: true</c>. A revision already published
/// returns its version; a machine has at most <see cref="MaxVersions"/> versions.
/// </summary>
internal static class VersionPublisher
{
    public const int MaxVersions = 1000;
    public const int MaxDescriptionLength = 256;

    public static StateMachineVersionRecord Publish(StepFunctionsBackend backend, StateMachineRecord machine, string? description)
    {
        var existing = backend.Versions.ListVersions(machine.Arn, 0, MaxVersions + 1);
        if (existing.Count >= MaxVersions && !existing.Any(v => v.RevisionId == machine.Revision.RevisionId))
        {
            throw VersionErrors.QuotaExceeded($"Failed to publish the State Machine version: the state machine has reached the limit of {MaxVersions} versions.");
        }

        return backend.Versions.PublishVersion(machine.Arn, machine.Revision.RevisionId, description, backend.Time.GetUtcNow(), out _);
    }

    /// <summary>Reads <c>publish</c> and <c>versionDescription</c>: a description without publishing is a ValidationException.</summary>
    public static (bool Publish, string? Description) ReadPublishRequest(ApiRequest request)
    {
        var publish = request.OptionalBool("publish") ?? false;
        var description = request.OptionalString("versionDescription", 0, MaxDescriptionLength);
        if (description is not null && !publish)
        {
            throw ApiErrors.Validation("Version description can only be set when publish is true");
        }

        return (publish, description);
    }

    /// <summary>The version a request names; StateMachineDoesNotExist when it does not exist.</summary>
    public static StateMachineVersionRecord RequireVersion(StepFunctionsBackend backend, string arn) =>
        backend.Versions.GetVersion(arn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);

    public static JsonObject ListItem(StateMachineVersionRecord version) => new()
    {
        ["stateMachineVersionArn"] = version.Arn,
        ["creationDate"] = MachineDescriptions.Timestamp(version.CreationDate),
    };
}
