using System.Text.Json.Nodes;
using Cairn.Asl.Analysis;
using Cairn.Engine.Storage;
using Cairn.Json;
using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>The members DescribeStateMachine and DescribeStateMachineForExecution share.</summary>
internal static class MachineDescriptions
{
    public static JsonObject Describe(string arn, string name, StateMachineRevision revision)
    {
        var response = new JsonObject
        {
            ["stateMachineArn"] = arn,
            ["name"] = name,
            ["definition"] = revision.Definition,
            ["roleArn"] = revision.RoleArn,
            ["loggingConfiguration"] = JsonNode.Parse(revision.LoggingConfiguration),
            ["tracingConfiguration"] = JsonNode.Parse(revision.TracingConfiguration),
            ["encryptionConfiguration"] = new JsonObject { ["type"] = "AWS_OWNED_KEY" },
        };
        if (revision.Description is { } description)
        {
            response["description"] = description;
        }

        if (JValue.TryParse(revision.Definition, out var parsed, out _) && parsed is JObject definition)
        {
            var references = VariableReferences.Collect(definition);
            if (references.Count > 0)
            {
                var node = new JsonObject();
                foreach (var (state, names) in references)
                {
                    node[state] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
                }

                response["variableReferences"] = node;
            }
        }

        return response;
    }

    /// <summary>Whether an update changed the machine (a new revision was made): AWS reports revisionId only then.</summary>
    public static bool IsUpdated(StateMachineRecord machine) => machine.Revision.CreatedAt != machine.CreationDate;

    public static JsonNode Timestamp(DateTimeOffset time) => JsonValue.Create(Epoch.Seconds(time));
}
