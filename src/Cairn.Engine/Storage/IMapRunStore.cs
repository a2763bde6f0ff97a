using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// Map Runs, written by <see cref="IExecutionStore.Commit"/> from each batch's
/// <see cref="ExecutionCommit.MapRuns"/> (a later state of a Map Run replaces the earlier one), and
/// their child executions, from <see cref="ExecutionCommit.MapRunExecutions"/> (likewise).
/// </summary>
public interface IMapRunStore
{
    MapRunRecord? GetMapRun(string mapRunArn);

    /// <summary>An execution's Map Runs, newest first, starting after <paramref name="after"/> (0: from the newest).</summary>
    IReadOnlyList<(long Position, MapRunRecord MapRun)> ListMapRuns(string executionArn, long after, int limit);

    /// <summary>
    /// A Map Run's child executions, newest first, starting after <paramref name="after"/> (0: from
    /// the newest), only those of <paramref name="status"/> and only those (not) redriven when given.
    /// </summary>
    IReadOnlyList<(long Position, MapRunExecutionRecord Execution)> ListMapRunExecutions(string mapRunArn, ExecutionStatus? status, bool? redriven, long after, int limit);
}
