using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// A Distributed Map's ResultWriter at work: how results are shaped (Transformation, OutputType)
/// and, when they go to S3, where (Bucket, Prefix), the results finished but not yet written, the
/// files written so far (listed in manifest.json at the end) and the write under way.
/// </summary>
internal sealed class MapResults(string transformation, string outputType, string? bucket, string? prefix)
{
    /// <summary>Results of this many iterations are written to S3 as one file.</summary>
    public const int ResultsPerFile = 10_000;

    public string Transformation { get; } = transformation;

    public string OutputType { get; } = outputType;

    /// <summary>Null when the results stay in the state's output (WriterConfig alone).</summary>
    public string? Bucket { get; } = bucket;

    public string? Prefix { get; } = prefix;

    public bool ToS3 => Bucket is not null;

    public List<JValue> Succeeded { get; } = new();

    public List<JValue> Failed { get; } = new();

    /// <summary>Files written, by status: their keys and sizes.</summary>
    public List<JValue> SucceededFiles { get; } = new();

    public List<JValue> FailedFiles { get; } = new();

    /// <summary>The write under way (its command id) and what it writes: SUCCEEDED, FAILED or MANIFEST.</summary>
    public long PendingWrite { get; set; }

    public string? PendingKind { get; set; }

    public bool ManifestWritten { get; set; }

    /// <summary>The event the Map state's end links to, kept while the last files are written.</summary>
    public long LastEventId { get; set; }

    public bool Finishing { get; set; }
}
