using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary><c>AWS::IAM::Role</c> in Cairn's IAM: <c>RoleName</c>, <c>AssumeRolePolicyDocument</c>, <c>Path</c>, <c>Description</c>, inline <c>Policies</c>.</summary>
internal sealed class RoleDeployer : IResourceDeployer
{
    public IReadOnlyList<string> Types { get; } = ["AWS::IAM::Role"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(["RoleName", "AssumeRolePolicyDocument", "Path", "Description", "Policies"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var name = context.String("RoleName") ?? PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 64);
        var trust = context.Object("AssumeRolePolicyDocument") ?? throw context.Error("the property AssumeRolePolicyDocument is required");
        var (role, action) = await Roles.EnsureAsync(context.Stack.Cairn, name, trust, context.String("Path"), context.String("Description"), cancellationToken).ConfigureAwait(false);
        foreach (var policy in context.List("Policies") ?? JArray.Empty)
        {
            if (policy is not JObject { } inline || inline["PolicyName"] is not JString policyName || inline["PolicyDocument"] is not JObject document)
            {
                throw context.Error("each of Policies is {PolicyName, PolicyDocument}");
            }

            await context.Stack.Cairn.CallAsync("iam", "PutRolePolicy", JObject.Create(("RoleName", name), ("PolicyName", policyName), ("PolicyDocument", document.ToJson())), cancellationToken).ConfigureAwait(false);
        }

        return Roles.Deployed(context.LogicalId, role, action);
    }
}
