namespace Cairn.Server;

/// <summary>How <c>cairn serve</c> runs. Every property has a documented default.</summary>
public sealed record ServerOptions
{
    /// <summary>The address to listen on (default 127.0.0.1: loopback only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port (default 8083; 0 picks a free one).</summary>
    public int Port { get; init; } = 8083;

    /// <summary>The folder of the SQLite database (default ./.cairn); null keeps everything in memory.</summary>
    public string? DataDirectory { get; init; } = ".cairn";

    /// <summary>The account id in the ARNs (default 123456789012).</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The region in the ARNs (default us-east-1).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>When both are set, every request must carry a valid SigV4 signature made with them; otherwise any credentials are accepted.</summary>
    public string? AccessKeyId { get; init; }

    public string? SecretAccessKey { get; init; }

    /// <summary>A Step Functions Local mock configuration answering Task states; executions pick a test case with <c>stateMachineArn#TestCase</c>.</summary>
    public string? MockConfigPath { get; init; }

    /// <summary>Flush every commit to disk before acknowledging it (SQLite synchronous=FULL; default: NORMAL, safe against process crashes).</summary>
    public bool SyncEveryCommit { get; init; }

    /// <summary>Real seconds per second of Wait states and retry delays (default 1: in full; 0: not at all, for tests).</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>How long a running execution that waits on nothing in this process (a task token, an activity worker, a timer) stays in memory before it is left to the store.</summary>
    public TimeSpan EvictIdleAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many Standard executions may be running at once (default 1,000,000, AWS's quota); StartExecution and RedriveExecution beyond it fail with ExecutionLimitExceeded.</summary>
    public long MaxOpenExecutions { get; init; } = 1_000_000;

    /// <summary>Whether and how Task states call AWS services (default: calls to the configured endpoints, else AWS's; <see cref="Integrations.Aws.AwsServiceSettings.NoCalls"/> turns them off); the region defaults to <see cref="Region"/>.</summary>
    public Integrations.Aws.AwsServiceSettings Aws { get; init; } = new();

    /// <summary>Functions to run in the built-in Lambda service, created (or updated) at start: one sub-folder per function (see <c>FunctionFolders</c>).</summary>
    public IReadOnlyList<Integrations.Lambda.CreateFunctionRequest> Functions { get; init; } = [];

    /// <summary>How many sandboxes of one function version run at once (default 10); more invocations queue.</summary>
    public int LambdaConcurrency { get; init; } = 10;

    /// <summary>The largest request body accepted, in bytes (default 8 MiB: a 1 MiB definition JSON-escaped, with room to spare).</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;
}
