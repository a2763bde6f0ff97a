namespace Cairn.Integrations.Iam;

/// <summary>Customer managed policies and their versions.</summary>
public sealed partial class IamService
{
    public IamPolicy CreatePolicy(string policyName, string? path, string document, string? description, IReadOnlyList<IamTag>? tags)
    {
        CheckName(policyName, "policyName", 128);
        path = CheckPath(path);
        CheckDocument(document);
        CheckTags(tags);
        var arn = $"arn:aws:iam::{AccountId}:policy{path}{policyName}";
        lock (_lock)
        {
            if (store.ListPolicies().Any(p => string.Equals(p.PolicyName, policyName, StringComparison.OrdinalIgnoreCase)))
            {
                throw IamException.AlreadyExists($"A policy called {policyName} already exists. Duplicate names are not allowed.");
            }

            var now = Now();
            var policy = new IamPolicy
            {
                PolicyName = policyName,
                PolicyId = NewId("ANPA"),
                Arn = arn,
                Path = path,
                Description = description,
                CreateDate = now,
                UpdateDate = now,
                Versions = [new IamPolicyVersion("v1", document, now)],
                Tags = tags ?? [],
            };
            store.PutPolicy(policy);
            return policy;
        }
    }

    public IamPolicy GetPolicy(string arn) => store.GetPolicy(arn) ?? throw NoSuchPolicy(arn);

    public IReadOnlyList<IamPolicy> ListPolicies(string? pathPrefix) =>
        store.ListPolicies().Where(p => pathPrefix is null || p.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>How many roles the policy is attached to.</summary>
    public int AttachmentCount(string arn) => store.ListRoles().Count(r => r.AttachedPolicyArns.Contains(arn, StringComparer.Ordinal));

    /// <summary>The roles the policy is attached to.</summary>
    public IReadOnlyList<IamRole> RolesAttachedTo(string arn)
    {
        GetPolicy(arn);
        return store.ListRoles().Where(r => r.AttachedPolicyArns.Contains(arn, StringComparer.Ordinal)).ToList();
    }

    public void DeletePolicy(string arn)
    {
        lock (_lock)
        {
            var policy = GetPolicy(arn);
            if (AttachmentCount(arn) > 0)
            {
                throw IamException.DeleteConflict("Cannot delete a policy attached to entities.");
            }

            if (policy.Versions.Count > 1)
            {
                throw IamException.DeleteConflict("Cannot delete a policy with non-default versions. Delete the non-default versions first.");
            }

            store.DeletePolicy(arn);
        }
    }

    public IamPolicyVersion GetPolicyVersion(string arn, string versionId) =>
        GetPolicy(arn).Versions.FirstOrDefault(v => v.VersionId == versionId)
            ?? throw IamException.NoSuchEntity($"Policy {arn} version {versionId} does not exist or is not attachable.");

    public IamPolicyVersion CreatePolicyVersion(string arn, string document, bool setAsDefault)
    {
        CheckDocument(document);
        lock (_lock)
        {
            var policy = GetPolicy(arn);
            if (policy.Versions.Count >= MaxPolicyVersions)
            {
                throw IamException.LimitExceeded($"A managed policy can have up to {MaxPolicyVersions} versions. Before you create a new version, you must delete an existing version.");
            }

            var version = new IamPolicyVersion("v" + policy.NextVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), document, Now());
            store.PutPolicy(policy with
            {
                Versions = [.. policy.Versions, version],
                NextVersion = policy.NextVersion + 1,
                DefaultVersionId = setAsDefault ? version.VersionId : policy.DefaultVersionId,
                UpdateDate = version.CreateDate,
            });
            return version;
        }
    }

    public void DeletePolicyVersion(string arn, string versionId)
    {
        lock (_lock)
        {
            var policy = GetPolicy(arn);
            GetPolicyVersion(arn, versionId);
            if (policy.DefaultVersionId == versionId)
            {
                throw IamException.DeleteConflict("Cannot delete the default version of a policy.");
            }

            store.PutPolicy(policy with { Versions = policy.Versions.Where(v => v.VersionId != versionId).ToList() });
        }
    }

    public void TagPolicy(string arn, IReadOnlyList<IamTag> tags)
    {
        lock (_lock)
        {
            var policy = GetPolicy(arn);
            store.PutPolicy(policy with { Tags = Merge(policy.Tags, tags) });
        }
    }

    public void UntagPolicy(string arn, IReadOnlyList<string> keys)
    {
        lock (_lock)
        {
            var policy = GetPolicy(arn);
            store.PutPolicy(policy with { Tags = policy.Tags.Where(t => !keys.Contains(t.Key, StringComparer.Ordinal)).ToList() });
        }
    }

    /// <summary>Whether a policy can be attached: one of this account's, or an AWS managed policy (<c>arn:aws:iam::aws:policy/...</c>), whose documents are not kept here.</summary>
    private bool IsAttachable(string arn) =>
        arn.StartsWith("arn:aws:iam::aws:policy/", StringComparison.Ordinal) || store.GetPolicy(arn) is not null;

    private static IamException NoSuchPolicy(string arn) => IamException.NoSuchEntity($"Policy {arn} does not exist or is not attachable.");
}
