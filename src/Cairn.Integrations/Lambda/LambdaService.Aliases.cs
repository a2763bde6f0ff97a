using System.Globalization;
using System.Text.RegularExpressions;

namespace Cairn.Integrations.Lambda;

/// <summary>Aliases: names for a published version (or <c>$LATEST</c>), optionally routing a share of invocations to a second version.</summary>
public sealed partial class LambdaService
{
    public FunctionAlias CreateAlias(string functionName, string name, string functionVersion, string? description, IReadOnlyDictionary<string, double>? weights)
    {
        CheckAliasName(name);
        lock (_lock)
        {
            var latest = Latest(functionName);
            CheckAliasTarget(latest, functionVersion, weights);
            if (_store.GetAlias(latest.FunctionName, name) is not null)
            {
                throw LambdaException.Conflict($"Alias already exists: {FunctionReference.Arn(_options.Region, _options.AccountId, latest.FunctionName, name)}");
            }

            var alias = new FunctionAlias
            {
                AliasArn = FunctionReference.Arn(_options.Region, _options.AccountId, latest.FunctionName, name),
                Name = name,
                FunctionVersion = functionVersion,
                Description = description ?? string.Empty,
                AdditionalVersionWeights = weights ?? new Dictionary<string, double>(StringComparer.Ordinal),
            };
            _store.PutAlias(latest.FunctionName, alias);
            return alias;
        }
    }

    public FunctionAlias GetAlias(string functionName, string name)
    {
        var latest = Latest(functionName);
        return _store.GetAlias(latest.FunctionName, name) ?? throw AliasNotFound(latest, name);
    }

    public IReadOnlyList<FunctionAlias> ListAliases(string functionName, string? functionVersion = null)
    {
        var latest = Latest(functionName);
        return _store.ListAliases(latest.FunctionName)
            .Where(a => functionVersion is null || a.FunctionVersion == functionVersion || a.AdditionalVersionWeights.ContainsKey(functionVersion))
            .ToList();
    }

    /// <summary>Changes what is given (null: unchanged); an empty <paramref name="weights"/> removes the routing.</summary>
    public FunctionAlias UpdateAlias(string functionName, string name, string? functionVersion, string? description, IReadOnlyDictionary<string, double>? weights, string? revisionId)
    {
        lock (_lock)
        {
            var latest = Latest(functionName);
            var alias = _store.GetAlias(latest.FunctionName, name) ?? throw AliasNotFound(latest, name);
            CheckRevision(alias.RevisionId, revisionId);
            var updated = alias with
            {
                FunctionVersion = functionVersion ?? alias.FunctionVersion,
                Description = description ?? alias.Description,
                AdditionalVersionWeights = weights ?? alias.AdditionalVersionWeights,
                RevisionId = Guid.NewGuid().ToString(),
            };
            CheckAliasTarget(latest, updated.FunctionVersion, updated.AdditionalVersionWeights);
            _store.PutAlias(latest.FunctionName, updated);
            return updated;
        }
    }

    /// <summary>Deletes an alias; deleting one that does not exist succeeds, as Lambda's DeleteAlias does.</summary>
    public void DeleteAlias(string functionName, string name)
    {
        lock (_lock)
        {
            var latest = Latest(functionName);
            _store.DeleteAlias(latest.FunctionName, name);
        }
    }

    private LambdaException AliasNotFound(FunctionConfiguration latest, string name) =>
        LambdaException.NotFound($"Alias not found: {FunctionReference.Arn(_options.Region, _options.AccountId, latest.FunctionName, name)}");

    private void CheckAliasTarget(FunctionConfiguration latest, string functionVersion, IReadOnlyDictionary<string, double>? weights)
    {
        if (functionVersion != FunctionConfiguration.Latest && _store.GetVersion(latest.FunctionName, functionVersion) is null)
        {
            throw LambdaException.FunctionNotFound(FunctionReference.Arn(_options.Region, _options.AccountId, latest.FunctionName, functionVersion));
        }

        if (weights is not { Count: > 0 })
        {
            return;
        }

        if (functionVersion == FunctionConfiguration.Latest || weights.ContainsKey(FunctionConfiguration.Latest))
        {
            throw LambdaException.InvalidParameter("$LATEST is not supported for an alias pointing to more than 1 version");
        }

        foreach (var (version, weight) in weights)
        {
            if (weight is < 0 or > 1 || double.IsNaN(weight))
            {
                throw LambdaException.Validation(
                    $"1 validation error detected: Value '{weight.ToString(CultureInfo.InvariantCulture)}' at 'routingConfig.additionalVersionWeights' failed to satisfy constraint: Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]");
            }

            if (version == functionVersion)
            {
                throw LambdaException.InvalidParameter($"Invalid function version {version}. Function version {version} is already included in routing configuration.");
            }

            if (_store.GetVersion(latest.FunctionName, version) is null)
            {
                throw LambdaException.InvalidParameter($"Function version {version} does not exist for function {latest.FunctionName}");
            }
        }

        if (weights.Values.Sum() > 1)
        {
            throw LambdaException.InvalidParameter("The sum of additional version weights must not exceed 1.0");
        }
    }

    private static void CheckAliasName(string name)
    {
        if (!AliasNamePattern().IsMatch(name))
        {
            throw LambdaException.Validation(
                $"1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)");
        }
    }

    [GeneratedRegex(@"^(?!^[0-9]+$)[a-zA-Z0-9\-_]{1,128}$")]
    private static partial Regex AliasNamePattern();
}
