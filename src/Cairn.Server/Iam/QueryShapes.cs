using System.Globalization;
using System.Xml.Linq;
using Cairn.Integrations.Iam;

namespace Cairn.Server.Iam;

/// <summary>IAM's response shapes as query-protocol XML (elements without a namespace; the endpoint puts them in the service's).</summary>
public static class QueryShapes
{
    public static XElement Role(IamRole role, bool withTags = true)
    {
        var element = new XElement(
            "Role",
            new XElement("Path", role.Path),
            new XElement("RoleName", role.RoleName),
            new XElement("RoleId", role.RoleId),
            new XElement("Arn", role.Arn),
            new XElement("CreateDate", Date(role.CreateDate)),
            new XElement("AssumeRolePolicyDocument", Uri.EscapeDataString(role.AssumeRolePolicyDocument)),
            new XElement("MaxSessionDuration", role.MaxSessionDuration));
        if (role.Description is { } description)
        {
            element.Add(new XElement("Description", description));
        }

        if (role.PermissionsBoundaryArn is { } boundary)
        {
            element.Add(new XElement("PermissionsBoundary", new XElement("PermissionsBoundaryType", "Policy"), new XElement("PermissionsBoundaryArn", boundary)));
        }

        if (withTags && role.Tags.Count > 0)
        {
            element.Add(Tags(role.Tags));
        }

        element.Add(new XElement("RoleLastUsed"));
        return element;
    }

    public static XElement Policy(IamPolicy policy, int attachmentCount, string elementName = "Policy")
    {
        var element = new XElement(
            elementName,
            new XElement("PolicyName", policy.PolicyName),
            new XElement("PolicyId", policy.PolicyId),
            new XElement("Arn", policy.Arn),
            new XElement("Path", policy.Path),
            new XElement("DefaultVersionId", policy.DefaultVersionId),
            new XElement("AttachmentCount", attachmentCount),
            new XElement("PermissionsBoundaryUsageCount", 0),
            new XElement("IsAttachable", true),
            new XElement("CreateDate", Date(policy.CreateDate)),
            new XElement("UpdateDate", Date(policy.UpdateDate)));
        if (policy.Description is { } description)
        {
            element.Add(new XElement("Description", description));
        }

        if (policy.Tags.Count > 0)
        {
            element.Add(Tags(policy.Tags));
        }

        return element;
    }

    public static XElement PolicyVersion(IamPolicyVersion version, bool isDefault, string elementName = "PolicyVersion") => new(
        elementName,
        new XElement("Document", Uri.EscapeDataString(version.Document)),
        new XElement("VersionId", version.VersionId),
        new XElement("IsDefaultVersion", isDefault ? "true" : "false"),
        new XElement("CreateDate", Date(version.CreateDate)));

    public static XElement Tags(IEnumerable<IamTag> tags, string elementName = "Tags") =>
        Members(elementName, tags.Select(t => new XElement("member", new XElement("Key", t.Key), new XElement("Value", t.Value))));

    public static XElement Members(string elementName, IEnumerable<XElement> members) => new(elementName, members);

    public static XElement Strings(string elementName, IEnumerable<string> values) => new(elementName, values.Select(v => new XElement("member", v)));

    /// <summary>A page of <paramref name="items"/> by the request's Marker and MaxItems (IAM's default 100), with IsTruncated and the next Marker.</summary>
    public static IEnumerable<XElement> Page<T>(QueryRequest request, IReadOnlyList<T> items, string elementName, Func<T, XElement> member)
    {
        var size = request.Int("MaxItems") ?? 100;
        if (size is < 1 or > 1000)
        {
            throw IamException.Validation($"1 validation error detected: Value '{size}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000");
        }

        var start = 0;
        if (request.Optional("Marker") is { } marker && !int.TryParse(marker, NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            throw IamException.Validation("Invalid Marker.");
        }

        var page = items.Skip(start).Take(size).ToList();
        var truncated = start + page.Count < items.Count;
        yield return new XElement(elementName, page.Select(member));
        yield return new XElement("IsTruncated", truncated ? "true" : "false");
        if (truncated)
        {
            yield return new XElement("Marker", (start + page.Count).ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>IAM's timestamps: ISO 8601 in UTC, to the second.</summary>
    public static string Date(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
