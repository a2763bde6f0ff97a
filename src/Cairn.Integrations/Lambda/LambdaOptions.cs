namespace Cairn.Integrations.Lambda;

/// <summary>How the built-in Lambda service runs functions. Every property has a documented default.</summary>
public sealed record LambdaOptions
{
    /// <summary>The folder for function code (content-addressed zips and their extracted copies) and the runtime clients.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The account id in function ARNs (default 123456789012).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The region in function ARNs, and AWS_REGION in sandboxes (default us-east-1).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Whether function ARNs of any account and region name the functions of this service (default false: only its own).</summary>
    public bool AnyAccount { get; init; }

    /// <summary>How many sandboxes of one function version run at once; more invocations queue (default 10).</summary>
    public int MaxConcurrency { get; init; } = 10;

    /// <summary>How long a warm sandbox waits for another invocation before it is stopped (default 5 minutes).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a new sandbox's runtime may take to ask for its first invocation (default 10 s, Lambda's init limit).</summary>
    public TimeSpan InitTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether a spare sandbox of each Python and Node.js runtime in use is kept started (its
    /// interpreter and runtime client loaded, no function), so that a cold start only loads the
    /// handler (default true). Every sandbox is still a process of its own.
    /// </summary>
    public bool SpareSandboxes { get; init; } = true;

    /// <summary>Where handlers reach Step Functions and Lambda (AWS_ENDPOINT_URL_SFN, AWS_ENDPOINT_URL_LAMBDA), when Cairn serves them.</summary>
    public Uri? ServiceEndpoint { get; init; }

    /// <summary>The credentials handlers get (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN; default test/test).</summary>
    public string AccessKeyId { get; init; } = "test";

    public string SecretAccessKey { get; init; } = "test";

    public string? SessionToken { get; init; }

    /// <summary>Receives what sandboxes print (function name, bytes); null discards it beyond each invocation's tail.</summary>
    public Action<string, ReadOnlyMemory<byte>>? LogSink { get; init; }

    /// <summary>Finds a runtime's program (python3.12, node, dotnet, ...) by name; default: on the PATH.</summary>
    public Func<string, string?>? FindProgram { get; init; }

    /// <summary>Receives warnings (a runtime version that is not installed, ...).</summary>
    public Action<string>? Warn { get; init; }
}
