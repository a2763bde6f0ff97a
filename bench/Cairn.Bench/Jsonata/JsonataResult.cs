namespace Cairn.Bench.Jsonata;

/// <summary>What the JSONata runner measured for one expression (the same fields the node script writes).</summary>
public sealed record JsonataResult(
    string Name,
    double MedianUs,
    int Batches,
    int BatchSize,
    long Evaluations,
    double AllocatedBytesPerEvaluation,
    string? Result);
