namespace Cairn.Integrations.Iam;

/// <summary>IAM roles and policies kept in memory (a server without a data folder).</summary>
public sealed class InMemoryIamStore : IIamStore
{
    private readonly object _lock = new();
    private readonly SortedDictionary<string, IamRole> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedDictionary<string, IamPolicy> _policies = new(StringComparer.OrdinalIgnoreCase);

    public IamRole? GetRole(string roleName)
    {
        lock (_lock)
        {
            return _roles.GetValueOrDefault(roleName);
        }
    }

    public IReadOnlyList<IamRole> ListRoles()
    {
        lock (_lock)
        {
            return _roles.Values.ToList();
        }
    }

    public void PutRole(IamRole role)
    {
        lock (_lock)
        {
            _roles[role.RoleName] = role;
        }
    }

    public bool DeleteRole(string roleName)
    {
        lock (_lock)
        {
            return _roles.Remove(roleName);
        }
    }

    public IamPolicy? GetPolicy(string arn)
    {
        lock (_lock)
        {
            return _policies.GetValueOrDefault(arn);
        }
    }

    public IReadOnlyList<IamPolicy> ListPolicies()
    {
        lock (_lock)
        {
            return _policies.Values.ToList();
        }
    }

    public void PutPolicy(IamPolicy policy)
    {
        lock (_lock)
        {
            _policies[policy.Arn] = policy;
        }
    }

    public bool DeletePolicy(string arn)
    {
        lock (_lock)
        {
            return _policies.Remove(arn);
        }
    }
}
