using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// An execution as stored: what it is (fixed at start) and what it has come to (updated with each
/// committed batch). <see cref="EntropySeed"/> makes the interpreter's identifiers and random
/// numbers the same when the execution is rebuilt from its input log. <see cref="EventCount"/> is
/// the number of history events committed so far. An execution started through a version or an
/// alias records it in <see cref="StateMachineVersionArn"/> and <see cref="StateMachineAliasArn"/>.
/// A redriven execution counts its redrives in <see cref="RedriveCount"/>, the last at <see cref="RedriveDate"/>.
/// <see cref="LogFormat"/> is the format its log is written in (<see cref="Execution.LogFormat"/>), fixed when it starts.
/// </summary>
public sealed record ExecutionRecord(
    string ExecutionArn,
    string StateMachineArn,
    string RevisionId,
    string Name,
    string RoleArn,
    DateTimeOffset StartDate,
    string InputText,
    int EntropySeed,
    string? TestCase,
    ExecutionStatus Status = ExecutionStatus.RUNNING,
    DateTimeOffset? StopDate = null,
    string? Output = null,
    string? Error = null,
    string? Cause = null,
    long EventCount = 0,
    string? StateMachineVersionArn = null,
    string? StateMachineAliasArn = null,
    int RedriveCount = 0,
    DateTimeOffset? RedriveDate = null,
    int LogFormat = Execution.LogFormat.Current)
{
    /// <summary>Whether the execution belongs to <paramref name="arn"/>: its machine, or the version or alias it was started through.</summary>
    public bool RanAs(string arn) => StateMachineArn == arn || StateMachineVersionArn == arn || StateMachineAliasArn == arn;
}
