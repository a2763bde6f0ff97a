using Cairn.Integrations.Iam;

namespace Cairn.Integrations.Tests.Iam;

/// <summary>Roles by name and policies by ARN: found without regard to case, listed in key order, replaced whole, deleted once.</summary>
public sealed class InMemoryIamStoreTests
{
    private static IamRole Role(string name, string description = "") => new()
    {
        RoleName = name,
        RoleId = "AROA" + name.ToUpperInvariant(),
        Arn = "arn:aws:iam::123456789012:role/" + name,
        AssumeRolePolicyDocument = "{}",
        Description = description,
    };

    private static IamPolicy Policy(string name, string description = "") => new()
    {
        PolicyName = name,
        PolicyId = "ANPA" + name.ToUpperInvariant(),
        Arn = "arn:aws:iam::123456789012:policy/" + name,
        Description = description,
    };

    [Fact]
    public void Roles_are_kept_by_name()
    {
        var store = new InMemoryIamStore();
        foreach (var name in new[] { "zeta", "Alpha", "mid" })
        {
            store.PutRole(Role(name));
        }

        Assert.Equal(["Alpha", "mid", "zeta"], store.ListRoles().Select(r => r.RoleName));
        Assert.Equal("Alpha", store.GetRole("ALPHA")!.RoleName);
        store.PutRole(Role("alpha", "replaced"));
        Assert.Equal(3, store.ListRoles().Count);
        Assert.Equal("replaced", store.GetRole("Alpha")!.Description);
        Assert.True(store.DeleteRole("MID"));
        Assert.False(store.DeleteRole("mid"));
        Assert.Null(store.GetRole("mid"));
        Assert.Empty(store.ListPolicies());
    }

    [Fact]
    public void Policies_are_kept_by_arn()
    {
        var store = new InMemoryIamStore();
        store.PutPolicy(Policy("b"));
        store.PutPolicy(Policy("a"));
        Assert.Equal(["a", "b"], store.ListPolicies().Select(p => p.PolicyName));
        store.PutPolicy(Policy("B", "replaced"));
        Assert.Equal("replaced", store.GetPolicy("arn:aws:iam::123456789012:policy/b")!.Description);
        Assert.True(store.DeletePolicy("ARN:AWS:IAM::123456789012:POLICY/A"));
        Assert.Null(store.GetPolicy("arn:aws:iam::123456789012:policy/a"));
        Assert.Empty(store.ListRoles());
    }
}
