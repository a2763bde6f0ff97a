namespace Cairn.Integrations.Lambda;

/// <summary>A function's tags and reserved concurrency, kept on its <c>$LATEST</c> configuration.</summary>
public sealed partial class LambdaService
{
    /// <summary>Lambda's limit on a function's tags.</summary>
    public const int MaxTags = 50;

    public IReadOnlyDictionary<string, string> ListTags(string functionArn) => TaggedFunction(functionArn).Tags;

    public void TagResource(string functionArn, IReadOnlyDictionary<string, string> tags)
    {
        lock (_lock)
        {
            var latest = TaggedFunction(functionArn);
            var merged = new Dictionary<string, string>(latest.Tags, StringComparer.Ordinal);
            foreach (var (key, value) in tags)
            {
                merged[key] = value;
            }

            CheckTags(merged);
            _store.PutFunction(latest with { Tags = merged });
        }
    }

    public void UntagResource(string functionArn, IEnumerable<string> keys)
    {
        lock (_lock)
        {
            var latest = TaggedFunction(functionArn);
            var kept = new Dictionary<string, string>(latest.Tags, StringComparer.Ordinal);
            foreach (var key in keys)
            {
                kept.Remove(key);
            }

            _store.PutFunction(latest with { Tags = kept });
        }
    }

    /// <summary>Reserves <paramref name="reserved"/> concurrent executions for the function (0 throttles it); null removes the reservation.</summary>
    public void PutFunctionConcurrency(string functionName, int? reserved)
    {
        if (reserved is < 0)
        {
            throw LambdaException.Validation($"1 validation error detected: Value '{reserved}' at 'reservedConcurrentExecutions' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }

        lock (_lock)
        {
            var latest = Latest(functionName);
            _store.PutFunction(latest with { ReservedConcurrentExecutions = reserved });
            StopPools(latest.FunctionArn);
        }
    }

    private FunctionConfiguration TaggedFunction(string functionArn)
    {
        var reference = FunctionReference.Parse(functionArn);
        if (reference.Qualifier is not null)
        {
            throw LambdaException.InvalidParameter("Tags on function aliases and versions are not supported. Please specify a function ARN.");
        }

        return Latest(functionArn);
    }

    private static void CheckTags(IReadOnlyDictionary<string, string>? tags)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > MaxTags)
        {
            throw LambdaException.InvalidParameter("Number of tags exceeds resource tag limit.");
        }

        foreach (var (key, value) in tags)
        {
            if (key.Length is 0 or > 128 || value.Length > 256)
            {
                throw LambdaException.InvalidParameter($"The tag '{key}' is invalid: keys have 1 to 128 characters, values at most 256.");
            }

            if (key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase))
            {
                throw LambdaException.InvalidParameter("The tag key prefix 'aws:' is reserved for AWS use.");
            }
        }
    }
}
