using System.Xml.Linq;
using Cairn.Integrations.Iam;

namespace Cairn.Server.Iam;

/// <summary>IAM's actions on customer managed policies and their versions.</summary>
internal static class PolicyActions
{
    public static IEnumerable<QueryAction> Create(IamService iam) =>
    [
        new("CreatePolicy", QueryService.Iam, r => [QueryShapes.Policy(
            iam.CreatePolicy(r.Required("PolicyName"), r.Optional("Path"), r.Required("PolicyDocument"), r.Optional("Description"), r.Tags()), 0)]),
        new("GetPolicy", QueryService.Iam, r =>
        {
            var policy = iam.GetPolicy(r.Required("PolicyArn"));
            return [QueryShapes.Policy(policy, iam.AttachmentCount(policy.Arn))];
        }),
        new("ListPolicies", QueryService.Iam, r => QueryShapes.Page(
            r,
            r.Optional("Scope") is "AWS" ? [] : iam.ListPolicies(r.Optional("PathPrefix")),
            "Policies",
            p => QueryShapes.Policy(p, iam.AttachmentCount(p.Arn), "member"))),
        new("DeletePolicy", QueryService.Iam, r =>
        {
            iam.DeletePolicy(r.Required("PolicyArn"));
            return null;
        }),
        new("GetPolicyVersion", QueryService.Iam, r =>
        {
            var arn = r.Required("PolicyArn");
            var version = iam.GetPolicyVersion(arn, r.Required("VersionId"));
            return [QueryShapes.PolicyVersion(version, iam.GetPolicy(arn).DefaultVersionId == version.VersionId)];
        }),
        new("CreatePolicyVersion", QueryService.Iam, r =>
        {
            var arn = r.Required("PolicyArn");
            var version = iam.CreatePolicyVersion(arn, r.Required("PolicyDocument"), r.Bool("SetAsDefault") ?? false);
            return [QueryShapes.PolicyVersion(version, iam.GetPolicy(arn).DefaultVersionId == version.VersionId)];
        }),
        new("DeletePolicyVersion", QueryService.Iam, r =>
        {
            iam.DeletePolicyVersion(r.Required("PolicyArn"), r.Required("VersionId"));
            return null;
        }),
        new("ListPolicyVersions", QueryService.Iam, r =>
        {
            var policy = iam.GetPolicy(r.Required("PolicyArn"));
            return QueryShapes.Page(r, policy.Versions.Reverse().ToList(), "Versions", v => QueryShapes.PolicyVersion(v, v.VersionId == policy.DefaultVersionId, "member"));
        }),
        new("ListEntitiesForPolicy", QueryService.Iam, r =>
        {
            var roles = iam.RolesAttachedTo(r.Required("PolicyArn"));
            return
            [
                new XElement("PolicyGroups"),
                new XElement("PolicyUsers"),
                new XElement("PolicyRoles", roles.Select(role => new XElement("member", new XElement("RoleName", role.RoleName), new XElement("RoleId", role.RoleId)))),
                new XElement("IsTruncated", "false"),
            ];
        }),
        new("TagPolicy", QueryService.Iam, r =>
        {
            iam.TagPolicy(r.Required("PolicyArn"), r.Tags() ?? []);
            return null;
        }),
        new("UntagPolicy", QueryService.Iam, r =>
        {
            iam.UntagPolicy(r.Required("PolicyArn"), r.List("TagKeys"));
            return null;
        }),
        new("ListPolicyTags", QueryService.Iam, r => QueryShapes.Page(r, iam.GetPolicy(r.Required("PolicyArn")).Tags, "Tags", t => new XElement("member", new XElement("Key", t.Key), new XElement("Value", t.Value)))),
    ];
}
