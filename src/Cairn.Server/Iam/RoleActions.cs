using System.Xml.Linq;
using Cairn.Integrations.Iam;

namespace Cairn.Server.Iam;

/// <summary>IAM's role actions: roles, their trust policy, tags and instance profiles.</summary>
internal static class RoleActions
{
    public static IEnumerable<QueryAction> Create(IamService iam) =>
    [
        new("CreateRole", QueryService.Iam, r => [QueryShapes.Role(iam.CreateRole(
            r.Required("RoleName"), r.Optional("Path"), r.Required("AssumeRolePolicyDocument"), r.Optional("Description"),
            r.Int("MaxSessionDuration"), r.Tags(), r.Optional("PermissionsBoundary")))]),
        new("GetRole", QueryService.Iam, r => [QueryShapes.Role(iam.GetRole(r.Required("RoleName")))]),
        new("ListRoles", QueryService.Iam, r => QueryShapes.Page(r, iam.ListRoles(r.Optional("PathPrefix")), "Roles", role => QueryShapes.Role(role, withTags: false).Also(e => e.Name = "member"))),
        new("UpdateRole", QueryService.Iam, r =>
        {
            iam.UpdateRole(r.Required("RoleName"), r.Optional("Description"), r.Int("MaxSessionDuration"));
            return [];
        }),
        new("UpdateRoleDescription", QueryService.Iam, r =>
        {
            var name = r.Required("RoleName");
            iam.UpdateRole(name, r.Required("Description"), null);
            return [QueryShapes.Role(iam.GetRole(name))];
        }),
        new("UpdateAssumeRolePolicy", QueryService.Iam, r =>
        {
            iam.UpdateAssumeRolePolicy(r.Required("RoleName"), r.Required("PolicyDocument"));
            return null;
        }),
        new("DeleteRole", QueryService.Iam, r =>
        {
            iam.DeleteRole(r.Required("RoleName"));
            return null;
        }),
        new("TagRole", QueryService.Iam, r =>
        {
            iam.TagRole(r.Required("RoleName"), r.Tags() ?? []);
            return null;
        }),
        new("UntagRole", QueryService.Iam, r =>
        {
            iam.UntagRole(r.Required("RoleName"), r.List("TagKeys"));
            return null;
        }),
        new("ListRoleTags", QueryService.Iam, r => QueryShapes.Page(r, iam.GetRole(r.Required("RoleName")).Tags, "Tags", t => new XElement("member", new XElement("Key", t.Key), new XElement("Value", t.Value)))),

        // Cairn keeps no instance profiles: every role has none.
        new("ListInstanceProfilesForRole", QueryService.Iam, r =>
        {
            iam.GetRole(r.Required("RoleName"));
            return [new XElement("InstanceProfiles"), new XElement("IsTruncated", "false")];
        }),
    ];

    private static XElement Also(this XElement element, Action<XElement> change)
    {
        change(element);
        return element;
    }
}
