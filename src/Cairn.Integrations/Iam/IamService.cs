using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Cairn.Integrations.Iam;

/// <summary>
/// IAM roles and customer managed policies, with IAM's checks and errors, kept so that unchanged
/// deployment configurations (the AWS CLI, terraform) apply. Nothing is enforced: a role grants
/// nothing and denies nothing here.
/// </summary>
public sealed partial class IamService(IIamStore store, string accountId, TimeProvider? time = null)
{
    /// <summary>IAM's limits: managed policies attached to a role, versions of a policy, tags of a resource.</summary>
    public const int MaxAttachedPolicies = 20;

    public const int MaxPolicyVersions = 5;

    public const int MaxTags = 50;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly object _lock = new();

    public string AccountId { get; } = accountId;

    public IamRole CreateRole(string roleName, string? path, string assumeRolePolicyDocument, string? description, int? maxSessionDuration, IReadOnlyList<IamTag>? tags, string? permissionsBoundary)
    {
        CheckName(roleName, "roleName", 64);
        path = CheckPath(path);
        CheckDocument(assumeRolePolicyDocument);
        CheckSessionDuration(maxSessionDuration);
        CheckTags(tags);
        lock (_lock)
        {
            if (store.GetRole(roleName) is not null)
            {
                throw IamException.AlreadyExists($"Role with name {roleName} already exists.");
            }

            var role = new IamRole
            {
                RoleName = roleName,
                RoleId = NewId("AROA"),
                Arn = $"arn:aws:iam::{AccountId}:role{path}{roleName}",
                Path = path,
                CreateDate = Now(),
                AssumeRolePolicyDocument = assumeRolePolicyDocument,
                Description = description,
                MaxSessionDuration = maxSessionDuration ?? 3600,
                PermissionsBoundaryArn = permissionsBoundary,
                Tags = tags ?? [],
            };
            store.PutRole(role);
            return role;
        }
    }

    public IamRole GetRole(string roleName) => store.GetRole(roleName) ?? throw NoSuchRole(roleName);

    public IReadOnlyList<IamRole> ListRoles(string? pathPrefix) =>
        store.ListRoles().Where(r => pathPrefix is null || r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    public void UpdateRole(string roleName, string? description, int? maxSessionDuration)
    {
        CheckSessionDuration(maxSessionDuration);
        Change(roleName, role => role with { Description = description ?? role.Description, MaxSessionDuration = maxSessionDuration ?? role.MaxSessionDuration });
    }

    public void UpdateAssumeRolePolicy(string roleName, string document)
    {
        CheckDocument(document);
        Change(roleName, role => role with { AssumeRolePolicyDocument = document });
    }

    public void DeleteRole(string roleName)
    {
        lock (_lock)
        {
            var role = GetRole(roleName);
            if (role.AttachedPolicyArns.Count > 0)
            {
                throw IamException.DeleteConflict("Cannot delete entity, must detach all policies first.");
            }

            if (role.InlinePolicies.Count > 0)
            {
                throw IamException.DeleteConflict("Cannot delete entity, must delete policies first.");
            }

            store.DeleteRole(role.RoleName);
        }
    }

    public void PutRolePolicy(string roleName, string policyName, string document)
    {
        CheckName(policyName, "policyName", 128);
        CheckDocument(document);
        Change(roleName, role => role with { InlinePolicies = new Dictionary<string, string>(role.InlinePolicies, StringComparer.Ordinal) { [policyName] = document } });
    }

    public string GetRolePolicy(string roleName, string policyName) =>
        GetRole(roleName).InlinePolicies.TryGetValue(policyName, out var document)
            ? document
            : throw IamException.NoSuchEntity($"The role policy with name {policyName} cannot be found.");

    public void DeleteRolePolicy(string roleName, string policyName) => Change(roleName, role =>
    {
        if (!role.InlinePolicies.ContainsKey(policyName))
        {
            throw IamException.NoSuchEntity($"The role policy with name {policyName} cannot be found.");
        }

        var kept = new Dictionary<string, string>(role.InlinePolicies, StringComparer.Ordinal);
        kept.Remove(policyName);
        return role with { InlinePolicies = kept };
    });

    public void AttachRolePolicy(string roleName, string policyArn) => Change(roleName, role =>
    {
        if (!IsAttachable(policyArn))
        {
            throw IamException.NoSuchEntity($"Policy {policyArn} does not exist or is not attachable.");
        }

        if (role.AttachedPolicyArns.Contains(policyArn, StringComparer.Ordinal))
        {
            return role;
        }

        if (role.AttachedPolicyArns.Count >= MaxAttachedPolicies)
        {
            throw IamException.LimitExceeded($"Cannot exceed quota for PoliciesPerRole: {MaxAttachedPolicies}");
        }

        return role with { AttachedPolicyArns = [.. role.AttachedPolicyArns, policyArn] };
    });

    public void DetachRolePolicy(string roleName, string policyArn) => Change(roleName, role =>
        role.AttachedPolicyArns.Contains(policyArn, StringComparer.Ordinal)
            ? role with { AttachedPolicyArns = role.AttachedPolicyArns.Where(a => a != policyArn).ToList() }
            : throw IamException.NoSuchEntity($"Policy {policyArn} was not found."));

    public void TagRole(string roleName, IReadOnlyList<IamTag> tags) => Change(roleName, role => role with { Tags = Merge(role.Tags, tags) });

    public void UntagRole(string roleName, IReadOnlyList<string> keys) =>
        Change(roleName, role => role with { Tags = role.Tags.Where(t => !keys.Contains(t.Key, StringComparer.Ordinal)).ToList() });

    /// <summary>The policy's name as it appears in an attachment (the last part of its ARN).</summary>
    public static string PolicyNameOf(string arn) => arn[(arn.LastIndexOf('/') + 1)..];

    private void Change(string roleName, Func<IamRole, IamRole> change)
    {
        lock (_lock)
        {
            store.PutRole(change(GetRole(roleName)));
        }
    }

    private static IamException NoSuchRole(string roleName) => IamException.NoSuchEntity($"The role with name {roleName} cannot be found.");

    private DateTimeOffset Now()
    {
        var now = _time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private static string NewId(string prefix)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        return prefix + new string(RandomNumberGenerator.GetItems(alphabet.AsSpan(), 17));
    }

    private static IReadOnlyList<IamTag> Merge(IReadOnlyList<IamTag> current, IReadOnlyList<IamTag> added)
    {
        CheckTags(added);
        var merged = current.Where(t => !added.Any(a => a.Key == t.Key)).Concat(added).ToList();
        CheckTags(merged);
        return merged;
    }

    private static void CheckName(string name, string field, int maxLength)
    {
        if (name.Length == 0 || name.Length > maxLength || !NamePattern().IsMatch(name))
        {
            throw IamException.Validation(
                $"1 validation error detected: Value '{name}' at '{field}' failed to satisfy constraint: " +
                (name.Length > maxLength ? $"Member must have length less than or equal to {maxLength}" : "Member must satisfy regular expression pattern: [\\w+=,.@-]+"));
        }
    }

    private static string CheckPath(string? path)
    {
        path ??= "/";
        if (path.Length > 512 || !PathPattern().IsMatch(path))
        {
            throw IamException.Validation($"1 validation error detected: Value '{path}' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)");
        }

        return path;
    }

    private static void CheckDocument(string document)
    {
        if (document.Length > 131_072)
        {
            throw IamException.LimitExceeded("Cannot exceed quota for PolicySize: 131072");
        }

        if (!Json.JValue.TryParse(document, out var value, out _) || value is not Json.JObject)
        {
            throw IamException.MalformedPolicy("This policy contains invalid Json");
        }
    }

    private static void CheckSessionDuration(int? seconds)
    {
        if (seconds is { } s && s is < 3600 or > 43200)
        {
            throw IamException.Validation($"1 validation error detected: Value '{s}' at 'maxSessionDuration' failed to satisfy constraint: Member must have value {(s < 3600 ? "greater than or equal to 3600" : "less than or equal to 43200")}");
        }
    }

    private static void CheckTags(IReadOnlyList<IamTag>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            throw IamException.LimitExceeded($"Cannot exceed quota for TagsPerRole: {MaxTags}");
        }

        if (tags.Any(t => t.Key.Length is 0 or > 128 || t.Value.Length > 256))
        {
            throw IamException.Validation("1 validation error detected: Value at 'tags' failed to satisfy constraint: keys have 1 to 128 characters, values at most 256");
        }
    }

    [GeneratedRegex(@"^[\w+=,.@-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(/|/[\u0021-\u007F]+/)$")]
    private static partial Regex PathPattern();
}
