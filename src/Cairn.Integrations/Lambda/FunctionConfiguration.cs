namespace Cairn.Integrations.Lambda;

/// <summary>
/// A function version's configuration, named as Lambda's <c>FunctionConfiguration</c>: the
/// unpublished <c>$LATEST</c> or a published, immutable version. The code is referenced by its
/// SHA-256 (<see cref="CodeSha256"/>, base64 as AWS reports it) in the <see cref="CodeStore"/>.
/// </summary>
public sealed record FunctionConfiguration
{
    public const string Latest = "$LATEST";

    public required string FunctionName { get; init; }

    /// <summary>The unqualified function ARN (<c>arn:aws:lambda:REGION:ACCOUNT:function:NAME</c>).</summary>
    public required string FunctionArn { get; init; }

    public required string Runtime { get; init; }

    public required string Handler { get; init; }

    public string Role { get; init; } = string.Empty;

    /// <summary>Seconds an invocation may run (1-900; AWS's default 3).</summary>
    public int Timeout { get; init; } = 3;

    /// <summary>MB of memory (128-10240; AWS's default 128). Reported to the handler; not enforced.</summary>
    public int MemorySize { get; init; } = 128;

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string Description { get; init; } = string.Empty;

    public required string CodeSha256 { get; init; }

    public long CodeSize { get; init; }

    /// <summary><c>$LATEST</c>, or the number of a published version.</summary>
    public string Version { get; init; } = Latest;

    public string State { get; init; } = "Active";

    public string LastUpdateStatus { get; init; } = "Successful";

    public string PackageType { get; init; } = "Zip";

    public IReadOnlyList<string> Architectures { get; init; } = ["x86_64"];

    public DateTimeOffset LastModified { get; init; }

    /// <summary>Changes with every update; Lambda's optimistic concurrency token.</summary>
    public string RevisionId { get; init; } = Guid.NewGuid().ToString();

    /// <summary>The ARN qualified with <see cref="Version"/>.</summary>
    public string QualifiedArn => FunctionArn + ":" + Version;
}
