namespace Cairn.Integrations.Iam;

/// <summary>Where IAM roles and managed policies are kept. Every change replaces a whole record.</summary>
public interface IIamStore
{
    IamRole? GetRole(string roleName);

    /// <summary>All roles, ordered by name.</summary>
    IReadOnlyList<IamRole> ListRoles();

    void PutRole(IamRole role);

    bool DeleteRole(string roleName);

    IamPolicy? GetPolicy(string arn);

    /// <summary>All managed policies, ordered by ARN.</summary>
    IReadOnlyList<IamPolicy> ListPolicies();

    void PutPolicy(IamPolicy policy);

    bool DeletePolicy(string arn);
}
