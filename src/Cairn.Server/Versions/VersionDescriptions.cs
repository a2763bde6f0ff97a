using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Versions;

/// <summary>DescribeStateMachine on a version ARN: the version's revision, under the version's ARN, with its description.</summary>
internal static class VersionDescriptions
{
    public static JsonObject Describe(StepFunctionsBackend backend, string versionArn)
    {
        var parsed = Arns.RequireVersion(versionArn);
        var version = VersionPublisher.RequireVersion(backend, versionArn);
        var machine = backend.Machines.GetStateMachine(parsed.Machine) ?? throw ApiErrors.StateMachineDoesNotExist(versionArn);
        var revision = backend.Machines.GetRevision(version.RevisionId) ?? throw ApiErrors.StateMachineDoesNotExist(versionArn);
        var response = MachineDescriptions.Describe(version.Arn, machine.Name, revision with { Description = version.Description });
        response["status"] = "ACTIVE";
        response["type"] = machine.Type.ToString();
        response["creationDate"] = MachineDescriptions.Timestamp(version.CreationDate);
        if (revision.CreatedAt != machine.CreationDate)
        {
            response["revisionId"] = revision.RevisionId;
        }

        return response;
    }
}
