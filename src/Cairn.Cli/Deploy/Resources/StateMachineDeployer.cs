using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::Serverless::StateMachine</c> (<c>Definition</c>, <c>DefinitionUri</c>, <c>Name</c>, <c>Type</c>,
/// <c>Role</c>; <c>Policies</c> accepted) and <c>AWS::StepFunctions::StateMachine</c> (<c>Definition</c>,
/// <c>DefinitionString</c>, <c>StateMachineName</c>, <c>StateMachineType</c>, <c>RoleArn</c>), both with
/// <c>DefinitionSubstitutions</c>: created in Cairn with CreateStateMachine, or updated in place with
/// UpdateStateMachine when one of that name exists.
/// </summary>
internal sealed class StateMachineDeployer : IResourceDeployer
{
    public IReadOnlyList<string> Types { get; } = ["AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(["Definition", "DefinitionUri", "DefinitionString", "DefinitionS3Location", "DefinitionSubstitutions", "Name", "StateMachineName", "Type", "StateMachineType", "Role", "RoleArn", "Policies"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var serverless = context.Resource.Type == "AWS::Serverless::StateMachine";
        var name = context.String(serverless ? "Name" : "StateMachineName") ?? PhysicalNames.StateMachine(context.Stack.StackName, context.LogicalId);
        var type = context.String(serverless ? "Type" : "StateMachineType") ?? "STANDARD";
        var definition = DefinitionSubstitutions.Apply(Definition(context, serverless), Substitutions(context));
        var role = context.String(serverless ? "Role" : "RoleArn") ?? await Roles.ImplicitAsync(context, "states.amazonaws.com", cancellationToken).ConfigureAwait(false);

        var sfn = context.Stack.Cairn;
        var existing = await FindAsync(sfn, name, cancellationToken).ConfigureAwait(false);
        string arn;
        string action;
        if (existing is not null)
        {
            var described = await sfn.CallAsync("stepfunctions", "DescribeStateMachine", JObject.Create(("stateMachineArn", existing)), cancellationToken).ConfigureAwait(false);
            if (described["type"] is JString { Value: var current } && current != type)
            {
                throw context.Error($"the state machine {name} is {current}; its type cannot change to {type} in place (delete it, or give the resource another name)");
            }

            await sfn.CallAsync("stepfunctions", "UpdateStateMachine", JObject.Create(("stateMachineArn", existing), ("definition", definition), ("roleArn", role)), cancellationToken).ConfigureAwait(false);
            (arn, action) = (existing, "UPDATE");
        }
        else
        {
            var created = await sfn.CallAsync("stepfunctions", "CreateStateMachine", JObject.Create(("name", name), ("definition", definition), ("roleArn", role), ("type", type)), cancellationToken).ConfigureAwait(false);
            (arn, action) = (((JString)created["stateMachineArn"]!).Value, "CREATE");
        }

        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(arn), new Dictionary<string, JValue>
        {
            ["Arn"] = new JString(arn),
            ["Name"] = new JString(name),
        }, action);
    }

    /// <summary>The definition's JSON text: inline (intrinsics resolved), <c>DefinitionString</c>, or the file <c>DefinitionUri</c> names (JSON or YAML).</summary>
    private static string Definition(ResourceContext context, bool serverless)
    {
        var given = new[] { "Definition", serverless ? "DefinitionUri" : "DefinitionString", serverless ? null : "DefinitionS3Location" }
            .Where(p => p is not null && context.Resource.Properties.ContainsKey(p)).ToList();
        if (given.Count != 1)
        {
            throw context.Error(given.Count == 0
                ? $"one of Definition or {(serverless ? "DefinitionUri" : "DefinitionString")} is required"
                : $"give only one of {string.Join(", ", given)}");
        }

        switch (given[0])
        {
            case "Definition":
                return (context.Object("Definition") ?? throw context.Error("Definition must be an object")).ToJson();
            case "DefinitionString":
                return context.RequiredString("DefinitionString");
            case "DefinitionUri" when context.Property("DefinitionUri") is JString { Value: var uri } && !uri.StartsWith("s3://", StringComparison.OrdinalIgnoreCase):
            {
                var path = context.LocalPath(uri);
                if (!File.Exists(path))
                {
                    throw context.Error($"DefinitionUri: no such file '{path}'");
                }

                var text = InputFiles.ReadText(path, "definition");
                return YamlJson.IsYaml(path, text) ? YamlJson.Parse(text, path).ToJson() : text;
            }

            default:
                throw context.Error($"{given[0]}: definitions in S3 are not supported by cairn deploy; give a local file or an inline Definition");
        }
    }

    private static Dictionary<string, string> Substitutions(ResourceContext context)
    {
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Object("DefinitionSubstitutions") ?? JObject.Empty)
        {
            substitutions[key] = value switch
            {
                JString s => s.Value,
                JNumber or JBool => value.ToJson(),
                _ => throw context.Error($"DefinitionSubstitutions/{key}: a value must be a string, number or boolean, not {Template.Describe(value)}"),
            };
        }

        return substitutions;
    }

    private static async Task<string?> FindAsync(ServiceCalls sfn, string name, CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var input = token is null ? JObject.Create(("maxResults", 1000)) : JObject.Create(("maxResults", 1000), ("nextToken", token));
            var page = await sfn.CallAsync("stepfunctions", "ListStateMachines", input, cancellationToken).ConfigureAwait(false);
            foreach (var machine in page["stateMachines"] as JArray ?? JArray.Empty)
            {
                if (machine is JObject m && m["name"] is JString { Value: var found } && found == name)
                {
                    return ((JString)m["stateMachineArn"]!).Value;
                }
            }

            token = page["nextToken"] is JString next ? next.Value : null;
        }
        while (token is not null);
        return null;
    }
}
