using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Json;

namespace Cairn.Asl.Model;

/// <summary>
/// A Distributed Map's ResultWriter: where the Map Run's results go (<c>s3:putObject</c> with
/// Bucket and Prefix; absent when only WriterConfig is given) and how they are shaped
/// (WriterConfig: Transformation NONE/COMPACT/FLATTEN, OutputType JSON/JSONL).
/// </summary>
public sealed record ResultWriter(
    string? Resource,
    PayloadTemplate? Parameters,
    JsonataTemplate? Arguments,
    string Transformation,
    string OutputType);
