using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cairn.Integrations.Lambda.Runtimes;

namespace Cairn.Integrations.Lambda;

/// <summary>Functions and versions: create, read, update, delete, publish, with Lambda's checks and errors.</summary>
public sealed partial class LambdaService
{
    /// <summary>Lambda's limit on a function's environment variables (4 KB, as names and values measured).</summary>
    public const int MaxEnvironmentBytes = 4096;

    public FunctionConfiguration CreateFunction(CreateFunctionRequest request)
    {
        CheckName(request.FunctionName);
        CheckRole(request.Role);
        CheckSettings(request.Runtime, request.Handler, request.Timeout, request.MemorySize, request.Environment, request.EphemeralStorageSize, request.TracingMode);
        CheckArchitectures(request.Architectures);
        CheckTags(request.Tags);
        var (sha, size) = Code.Add(request.ZipFile);
        lock (_lock)
        {
            if (_store.GetFunction(request.FunctionName) is not null)
            {
                throw LambdaException.Conflict($"Function already exist: {request.FunctionName}");
            }

            var function = new FunctionConfiguration
            {
                FunctionName = request.FunctionName,
                FunctionArn = FunctionReference.Arn(_options.Region, _options.AccountId, request.FunctionName),
                Runtime = request.Runtime,
                Handler = request.Handler,
                Role = request.Role ?? $"arn:aws:iam::{_options.AccountId}:role/cairn-lambda",
                Timeout = request.Timeout ?? 3,
                MemorySize = request.MemorySize ?? 128,
                Environment = request.Environment ?? new Dictionary<string, string>(StringComparer.Ordinal),
                Description = request.Description ?? string.Empty,
                Architectures = request.Architectures is { Count: > 0 } architectures ? architectures : ["x86_64"],
                EphemeralStorageSize = request.EphemeralStorageSize ?? 512,
                TracingMode = request.TracingMode ?? "PassThrough",
                Tags = request.Tags ?? new Dictionary<string, string>(StringComparer.Ordinal),
                CodeSha256 = sha,
                CodeSize = size,
                LastModified = DateTimeOffset.UtcNow,
            };
            _store.PutFunction(function);
            return request.Publish ? PublishVersion(request.FunctionName, null, null) : function;
        }
    }

    /// <summary>A function's configuration (<c>$LATEST</c>, a version, or what an alias points to).</summary>
    public FunctionConfiguration GetFunction(string functionName, string? qualifier = null) =>
        FunctionReference.Parse(functionName, qualifier).Qualifier is null ? Latest(functionName) : Resolve(functionName, qualifier).Function;

    public IReadOnlyList<FunctionConfiguration> ListFunctions() => _store.ListFunctions();

    /// <summary>Deletes a function (with its versions and aliases), or one published version.</summary>
    public void DeleteFunction(string functionName, string? qualifier = null)
    {
        var reference = FunctionReference.Parse(functionName, qualifier);
        lock (_lock)
        {
            var latest = _store.GetFunction(reference.Name)
                ?? throw LambdaException.FunctionNotFound(FunctionReference.Arn(_options.Region, _options.AccountId, reference.Name));
            if (reference.Qualifier is null or FunctionConfiguration.Latest)
            {
                if (reference.Qualifier == FunctionConfiguration.Latest)
                {
                    throw LambdaException.InvalidParameter("$LATEST version cannot be deleted without deleting the function.");
                }

                _store.DeleteFunction(reference.Name);
                Invocations.Forget(reference.Name);
            }
            else if (!_store.DeleteVersion(reference.Name, reference.Qualifier))
            {
                throw LambdaException.FunctionNotFound(FunctionReference.Arn(_options.Region, _options.AccountId, reference.Name, reference.Qualifier));
            }

            StopPools(latest.FunctionArn);
        }
    }

    public FunctionConfiguration UpdateFunctionCode(string functionName, byte[] zipFile, bool publish = false, string? revisionId = null, IReadOnlyList<string>? architectures = null)
    {
        CheckArchitectures(architectures);
        var (sha, size) = Code.Add(zipFile);
        lock (_lock)
        {
            var latest = Latest(functionName);
            CheckRevision(latest.RevisionId, revisionId);
            var updated = latest with
            {
                CodeSha256 = sha,
                CodeSize = size,
                Architectures = architectures is { Count: > 0 } ? architectures : latest.Architectures,
                LastModified = DateTimeOffset.UtcNow,
                RevisionId = Guid.NewGuid().ToString(),
            };
            _store.PutFunction(updated);
            StopPools(latest.FunctionArn);
            return publish ? PublishVersion(functionName, null, null) : updated;
        }
    }

    /// <summary>Changes the settings given (null: unchanged) of <c>$LATEST</c>.</summary>
    public FunctionConfiguration UpdateFunctionConfiguration(string functionName, FunctionConfigurationUpdate update)
    {
        CheckRole(update.Role);
        lock (_lock)
        {
            var latest = Latest(functionName);
            CheckRevision(latest.RevisionId, update.RevisionId);
            CheckSettings(update.Runtime ?? latest.Runtime, update.Handler ?? latest.Handler, update.Timeout, update.MemorySize, update.Environment, update.EphemeralStorageSize, update.TracingMode);
            var updated = latest with
            {
                Runtime = update.Runtime ?? latest.Runtime,
                Handler = update.Handler ?? latest.Handler,
                Role = update.Role ?? latest.Role,
                Timeout = update.Timeout ?? latest.Timeout,
                MemorySize = update.MemorySize ?? latest.MemorySize,
                Environment = update.Environment ?? latest.Environment,
                Description = update.Description ?? latest.Description,
                EphemeralStorageSize = update.EphemeralStorageSize ?? latest.EphemeralStorageSize,
                TracingMode = update.TracingMode ?? latest.TracingMode,
                LastModified = DateTimeOffset.UtcNow,
                RevisionId = Guid.NewGuid().ToString(),
            };
            _store.PutFunction(updated);
            StopPools(latest.FunctionArn);
            return updated;
        }
    }

    /// <summary>Publishes <c>$LATEST</c> as the next version, unless the last version has the same code and configuration.</summary>
    public FunctionConfiguration PublishVersion(string functionName, string? codeSha256, string? description, string? revisionId = null)
    {
        lock (_lock)
        {
            var latest = Latest(functionName);
            CheckRevision(latest.RevisionId, revisionId);
            if (codeSha256 is not null && codeSha256 != latest.CodeSha256)
            {
                throw LambdaException.InvalidParameter($"CodeSHA256 ({codeSha256}) is different from current CodeSHA256 in $LATEST ({latest.CodeSha256}). Please try again with the CodeSHA256 in $LATEST.");
            }

            var versions = _store.ListVersions(latest.FunctionName);
            if (versions.Count > 0 && SameAs(versions[^1], latest))
            {
                return versions[^1];
            }

            var number = versions.Count == 0 ? 1 : long.Parse(versions[^1].Version, CultureInfo.InvariantCulture) + 1;
            var version = latest with
            {
                Version = number.ToString(CultureInfo.InvariantCulture),
                Description = description ?? latest.Description,
                RevisionId = Guid.NewGuid().ToString(),
            };
            _store.PutVersion(version);
            return version;
        }
    }

    public IReadOnlyList<FunctionConfiguration> ListVersions(string functionName)
    {
        var latest = Latest(functionName);
        return [latest, .. _store.ListVersions(latest.FunctionName)];
    }

    /// <summary>The function's <c>$LATEST</c>, whatever qualifier the name carries; ResourceNotFoundException when there is none.</summary>
    public FunctionConfiguration Latest(string functionName)
    {
        var reference = FunctionReference.Parse(functionName);
        return _store.GetFunction(reference.Name)
            ?? throw LambdaException.FunctionNotFound(FunctionReference.Arn(_options.Region, _options.AccountId, reference.Name));
    }

    private static bool SameAs(FunctionConfiguration version, FunctionConfiguration latest) =>
        version.CodeSha256 == latest.CodeSha256 && version.Runtime == latest.Runtime && version.Handler == latest.Handler
        && version.Timeout == latest.Timeout && version.MemorySize == latest.MemorySize && version.Role == latest.Role
        && version.Environment.Count == latest.Environment.Count && version.Environment.All(e => latest.Environment.TryGetValue(e.Key, out var v) && v == e.Value);

    private static void CheckName(string name)
    {
        if (!NamePattern().IsMatch(name))
        {
            throw new LambdaException(
                "ValidationException",
                $"1 validation error detected: Value '{name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{{2}}(-gov)?-[a-z]+-\\d{{1}}:)?(\\d{{12}}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?",
                400);
        }
    }

    private static void CheckSettings(string runtime, string handler, int? timeout, int? memorySize, IReadOnlyDictionary<string, string>? environment, int? ephemeralStorage, string? tracingMode)
    {
        if (!LambdaRuntimes.Known.Contains(runtime))
        {
            throw LambdaException.InvalidParameter(
                $"Value {runtime} at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", LambdaRuntimes.Known.Order(StringComparer.Ordinal))}] or be a valid ARN");
        }

        if (LambdaRuntimes.Retired(runtime) is { } successor)
        {
            throw LambdaException.InvalidParameter(
                $"The runtime parameter of {runtime} is no longer supported for creating or updating AWS Lambda functions. We recommend you use the new runtime ({successor}) while creating or updating functions.");
        }

        if (ephemeralStorage is { } e && e is < 512 or > 10240)
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '{e}' at 'ephemeralStorage.size' failed to satisfy constraint: Member must have value {(e < 512 ? "greater than or equal to 512" : "less than or equal to 10240")}", 400);
        }

        if (tracingMode is not null and not ("Active" or "PassThrough"))
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '{tracingMode}' at 'tracingConfig.mode' failed to satisfy constraint: Member must satisfy enum value set: [Active, PassThrough]", 400);
        }

        if (handler.Length is 0 or > 128 || handler.Any(char.IsWhiteSpace))
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '{handler}' at 'handler' failed to satisfy constraint: Member must satisfy regular expression pattern: [^\\s]+", 400);
        }

        if (timeout is { } t && t is < 1 or > 900)
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '{t}' at 'timeout' failed to satisfy constraint: Member must have value {(t < 1 ? "greater than or equal to 1" : "less than or equal to 900")}", 400);
        }

        if (memorySize is { } m && m is < 128 or > 10240)
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '{m}' at 'memorySize' failed to satisfy constraint: Member must have value {(m < 128 ? "greater than or equal to 128" : "less than or equal to 10240")}", 400);
        }

        if (environment is not null)
        {
            var reserved = environment.Keys.Where(LambdaEnvironment.Reserved.Contains).ToList();
            if (reserved.Count > 0)
            {
                throw LambdaException.InvalidParameter(
                    "Lambda was unable to configure your environment variables because the environment variables you have provided contains reserved keys that are currently not supported for modification. " +
                    $"Reserved keys used in this request: {string.Join(",", reserved)}");
            }

            var measured = string.Join(",", environment.Select(e => $"{e.Key}:{e.Value}"));
            if (Encoding.UTF8.GetByteCount(measured) > MaxEnvironmentBytes)
            {
                throw LambdaException.InvalidParameter("Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit.");
            }
        }
    }

    private static void CheckRole(string? role)
    {
        if (role is not null && !RolePattern().IsMatch(role))
        {
            throw new LambdaException(
                "ValidationException",
                $"1 validation error detected: Value '{role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{{12}}:role/?[a-zA-Z_0-9+=,.@\\-_/]+",
                400);
        }
    }

    private static void CheckArchitectures(IReadOnlyList<string>? architectures)
    {
        if (architectures is null)
        {
            return;
        }

        if (architectures.Count != 1)
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '[{string.Join(", ", architectures)}]' at 'architectures' failed to satisfy constraint: Member must have length less than or equal to 1", 400);
        }

        if (architectures[0] is not ("x86_64" or "arm64"))
        {
            throw new LambdaException("ValidationException", $"1 validation error detected: Value '[{architectures[0]}]' at 'architectures' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [x86_64, arm64]]", 400);
        }
    }

    private static void CheckRevision(string current, string? given)
    {
        if (given is not null && given != current)
        {
            throw LambdaException.PreconditionFailed("The Revision Id provided does not match the latest Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
        }
    }

    [GeneratedRegex(@"^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$")]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^[a-zA-Z0-9\-_]{1,64}$")]
    private static partial Regex NamePattern();
}
