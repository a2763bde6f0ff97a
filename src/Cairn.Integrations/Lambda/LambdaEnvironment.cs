using System.Globalization;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// The environment of a sandbox: the function's variables, then Lambda's reserved ones (which a
/// function cannot set), and the SDKs' endpoint variables for Step Functions and Lambda pointing
/// back at Cairn when it serves them.
/// </summary>
public static class LambdaEnvironment
{
    /// <summary>Variables Lambda reserves: CreateFunction refuses them in a function's Environment.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME",
        "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
    };

    /// <summary>
    /// The variables Lambda sets that a process reads as it starts (time zone, locale, program and
    /// library search paths); <paramref name="taskRoot"/> null: those of a spare sandbox, whose
    /// library path does not name a function's code yet.
    /// </summary>
    public static Dictionary<string, string> Startup(string? taskRoot)
    {
        var libraries = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
        var functionLibraries = taskRoot is null ? string.Empty : $"{taskRoot}:{taskRoot}/lib";
        var separator = functionLibraries.Length > 0 && !string.IsNullOrEmpty(libraries) ? ":" : string.Empty;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TZ"] = ":UTC",
            ["LANG"] = "en_US.UTF-8",
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin",
            ["LD_LIBRARY_PATH"] = functionLibraries + separator + libraries,
        };
    }

    /// <summary>
    /// Whether a variable of a function's Environment can change how its interpreter or the dynamic
    /// linker start (Python's PYTHON*, Node.js's NODE_* and UV_*, locale, time zone, search paths, allocator).
    /// </summary>
    public static bool ReadAtStart(string name) =>
        name is "LANG" or "TZ" or "PATH" or "GLIBC_TUNABLES" or "LANGUAGE"
        || name.StartsWith("PYTHON", StringComparison.Ordinal) || name.StartsWith("NODE_", StringComparison.Ordinal)
        || name.StartsWith("UV_", StringComparison.Ordinal) || name.StartsWith("LC_", StringComparison.Ordinal)
        || name.StartsWith("LD_", StringComparison.Ordinal) || name.StartsWith("MALLOC_", StringComparison.Ordinal);

    public static Dictionary<string, string> For(FunctionConfiguration function, string taskRoot, string runtimeDirectory, LambdaOptions options)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.ServiceEndpoint is { } endpoint)
        {
            var url = endpoint.GetLeftPart(UriPartial.Authority);
            environment["AWS_ENDPOINT_URL_SFN"] = url;
            environment["AWS_ENDPOINT_URL_LAMBDA"] = url;

            // botocore would send StartSyncExecution to a "sync-" host, which does not resolve for a local address.
            environment["AWS_DISABLE_HOST_PREFIX_INJECTION"] = "true";
        }

        foreach (var (name, value) in Startup(taskRoot))
        {
            environment[name] = value;
        }

        foreach (var (name, value) in function.Environment)
        {
            environment[name] = value;
        }

        var now = DateTimeOffset.UtcNow;
        environment["_HANDLER"] = function.Handler;
        environment["LAMBDA_TASK_ROOT"] = taskRoot;
        environment["LAMBDA_RUNTIME_DIR"] = runtimeDirectory;
        environment["AWS_REGION"] = options.Region;
        environment["AWS_DEFAULT_REGION"] = options.Region;
        environment["AWS_EXECUTION_ENV"] = "AWS_Lambda_" + function.Runtime;
        environment["AWS_LAMBDA_FUNCTION_NAME"] = function.FunctionName;
        environment["AWS_LAMBDA_FUNCTION_VERSION"] = function.Version;
        environment["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = function.MemorySize.ToString(CultureInfo.InvariantCulture);
        environment["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand";
        environment["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/" + function.FunctionName;
        environment["AWS_LAMBDA_LOG_STREAM_NAME"] = $"{now:yyyy'/'MM'/'dd}/[{function.Version}]{Guid.NewGuid():N}";
        environment["AWS_ACCESS_KEY_ID"] = options.AccessKeyId;
        environment["AWS_SECRET_ACCESS_KEY"] = options.SecretAccessKey;
        if (options.SessionToken is { } token)
        {
            environment["AWS_SESSION_TOKEN"] = token;
        }

        return environment;
    }
}
