using System.Xml.Linq;
using Cairn.Integrations.Iam;

namespace Cairn.Server.Iam;

/// <summary>IAM's actions on a role's inline policies and attached managed policies.</summary>
internal static class RolePolicyActions
{
    public static IEnumerable<QueryAction> Create(IamService iam) =>
    [
        new("PutRolePolicy", QueryService.Iam, r =>
        {
            iam.PutRolePolicy(r.Required("RoleName"), r.Required("PolicyName"), r.Required("PolicyDocument"));
            return null;
        }),
        new("GetRolePolicy", QueryService.Iam, r =>
        {
            var (role, name) = (r.Required("RoleName"), r.Required("PolicyName"));
            return [new XElement("RoleName", iam.GetRole(role).RoleName), new XElement("PolicyName", name), new XElement("PolicyDocument", Uri.EscapeDataString(iam.GetRolePolicy(role, name)))];
        }),
        new("DeleteRolePolicy", QueryService.Iam, r =>
        {
            iam.DeleteRolePolicy(r.Required("RoleName"), r.Required("PolicyName"));
            return null;
        }),
        new("ListRolePolicies", QueryService.Iam, r => QueryShapes.Page(r, iam.GetRole(r.Required("RoleName")).InlinePolicies.Keys.Order(StringComparer.Ordinal).ToList(), "PolicyNames", n => new XElement("member", n))),
        new("AttachRolePolicy", QueryService.Iam, r =>
        {
            iam.AttachRolePolicy(r.Required("RoleName"), r.Required("PolicyArn"));
            return null;
        }),
        new("DetachRolePolicy", QueryService.Iam, r =>
        {
            iam.DetachRolePolicy(r.Required("RoleName"), r.Required("PolicyArn"));
            return null;
        }),
        new("ListAttachedRolePolicies", QueryService.Iam, r => QueryShapes.Page(
            r,
            iam.GetRole(r.Required("RoleName")).AttachedPolicyArns,
            "AttachedPolicies",
            arn => new XElement("member", new XElement("PolicyName", IamService.PolicyNameOf(arn)), new XElement("PolicyArn", arn)))),
    ];
}
