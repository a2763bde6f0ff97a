namespace Cairn.Bench;

/// <summary>What the workload runner measured for one workload.</summary>
public sealed record WorkloadResult(
    string Workload,
    int Executions,
    double Seconds,
    double MedianMs,
    double P99Ms,
    double ExecutionsPerSecond,
    int TransitionsPerExecution,
    double TransitionsPerSecond,
    double AllocatedKbPerExecution,
    string Output);
