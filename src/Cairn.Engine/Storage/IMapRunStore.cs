using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

/// <summary>
/// Map Runs, written by <see cref="IExecutionStore.Commit"/> from each batch's
/// <see cref="ExecutionCommit.MapRuns"/> (a later state of a Map Run replaces the earlier one).
/// </summary>
public interface IMapRunStore
{
    MapRunRecord? GetMapRun(string mapRunArn);

    /// <summary>An execution's Map Runs, newest first, starting after <paramref name="after"/> (0: from the newest).</summary>
    IReadOnlyList<(long Position, MapRunRecord MapRun)> ListMapRuns(string executionArn, long after, int limit);
}
