namespace Cairn.Integrations.Iam;

/// <summary>IAM roles and policies kept in memory (a server without a data folder).</summary>
public sealed class InMemoryIamStore : IIamStore
{
    private readonly KeyedDocuments<IamRole> _roles = new(role => role.RoleName);
    private readonly KeyedDocuments<IamPolicy> _policies = new(policy => policy.Arn);

    public IamRole? GetRole(string roleName) => _roles.Get(roleName);

    public IReadOnlyList<IamRole> ListRoles() => _roles.List();

    public void PutRole(IamRole role) => _roles.Put(role);

    public bool DeleteRole(string roleName) => _roles.Delete(roleName);

    public IamPolicy? GetPolicy(string arn) => _policies.Get(arn);

    public IReadOnlyList<IamPolicy> ListPolicies() => _policies.List();

    public void PutPolicy(IamPolicy policy) => _policies.Put(policy);

    public bool DeletePolicy(string arn) => _policies.Delete(arn);
}
