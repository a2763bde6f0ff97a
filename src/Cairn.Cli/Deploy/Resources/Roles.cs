using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>IAM roles in Cairn's IAM: created, or found and their trust policy brought up to date.</summary>
internal static class Roles
{
    /// <summary>SAM's role for a function or state machine that names none: <c>{LogicalId}Role</c>, trusted by <paramref name="service"/>.</summary>
    public static async Task<string> ImplicitAsync(ResourceContext context, string service, CancellationToken cancellationToken)
    {
        var logicalId = context.LogicalId + "Role";
        var name = PhysicalNames.Generate(context.Stack.StackName, logicalId, 64);
        var trust = JObject.Create(
            ("Version", "2012-10-17"),
            ("Statement", JArray.Create([JObject.Create(("Effect", "Allow"), ("Principal", JObject.Create(("Service", JArray.Create([new JString(service)])))), ("Action", JArray.Create([new JString("sts:AssumeRole")])))])));
        var (role, action) = await EnsureAsync(context.Stack.Cairn, name, trust, null, null, cancellationToken).ConfigureAwait(false);
        context.Implicit(Deployed(logicalId, role, action));
        return ((JString)role["Arn"]!).Value;
    }

    /// <summary>Creates the role, or updates the trust policy of the one of that name.</summary>
    public static async Task<(JObject Role, string Action)> EnsureAsync(ServiceCalls iam, string name, JObject trust, string? path, string? description, CancellationToken cancellationToken)
    {
        try
        {
            var existing = (JObject)(await iam.CallAsync("iam", "GetRole", JObject.Create(("RoleName", name)), cancellationToken).ConfigureAwait(false))["Role"]!;
            await iam.CallAsync("iam", "UpdateAssumeRolePolicy", JObject.Create(("RoleName", name), ("PolicyDocument", trust.ToJson())), cancellationToken).ConfigureAwait(false);
            return (existing, "UPDATE");
        }
        catch (ServiceCallException e) when (e.Code == "NoSuchEntity")
        {
            var input = new JObjectBuilder().Set("RoleName", name).Set("AssumeRolePolicyDocument", trust.ToJson());
            if (path is not null)
            {
                input.Set("Path", path);
            }

            if (description is not null)
            {
                input.Set("Description", description);
            }

            var created = await iam.CallAsync("iam", "CreateRole", input.Build(), cancellationToken).ConfigureAwait(false);
            return ((JObject)created["Role"]!, "CREATE");
        }
    }

    public static DeployedResource Deployed(string logicalId, JObject role, string action) =>
        new(logicalId, "AWS::IAM::Role", role["RoleName"]!, new Dictionary<string, JValue> { ["Arn"] = role["Arn"]!, ["RoleId"] = role["RoleId"] ?? role["RoleName"]! }, action);
}
