using System.Text.Json;
using Cairn.Integrations.Iam;

namespace Cairn.Storage.Sqlite;

/// <summary>IAM roles and managed policies, kept as JSON documents.</summary>
public sealed partial class SqliteStore : IIamStore
{
    public IamRole? GetRole(string roleName) =>
        ReadOne<IamRole>("SELECT document FROM iam_roles WHERE name = $name", ("$name", roleName));

    public IReadOnlyList<IamRole> ListRoles() => ReadAll<IamRole>("SELECT document FROM iam_roles ORDER BY name");

    public void PutRole(IamRole role) =>
        Write(
            "INSERT INTO iam_roles (name, document) VALUES ($name, $document) ON CONFLICT (name) DO UPDATE SET document = excluded.document",
            ("$name", role.RoleName),
            ("$document", JsonSerializer.Serialize(role, LambdaJson)));

    public bool DeleteRole(string roleName) => Write("DELETE FROM iam_roles WHERE name = $name", ("$name", roleName)) > 0;

    public IamPolicy? GetPolicy(string arn) =>
        ReadOne<IamPolicy>("SELECT document FROM iam_policies WHERE arn = $arn", ("$arn", arn));

    public IReadOnlyList<IamPolicy> ListPolicies() => ReadAll<IamPolicy>("SELECT document FROM iam_policies ORDER BY arn");

    public void PutPolicy(IamPolicy policy) =>
        Write(
            "INSERT INTO iam_policies (arn, document) VALUES ($arn, $document) ON CONFLICT (arn) DO UPDATE SET document = excluded.document",
            ("$arn", policy.Arn),
            ("$document", JsonSerializer.Serialize(policy, LambdaJson)));

    public bool DeletePolicy(string arn) => Write("DELETE FROM iam_policies WHERE arn = $arn", ("$arn", arn)) > 0;
}
