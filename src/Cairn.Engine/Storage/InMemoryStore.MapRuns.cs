using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

public sealed partial class InMemoryStore
{
    private readonly Dictionary<string, (long Position, MapRunRecord MapRun)> _mapRuns = new(StringComparer.Ordinal);
    private long _nextMapRunPosition = 1;

    public MapRunRecord? GetMapRun(string mapRunArn)
    {
        lock (_lock)
        {
            return _mapRuns.TryGetValue(mapRunArn, out var entry) ? entry.MapRun : null;
        }
    }

    public IReadOnlyList<(long Position, MapRunRecord MapRun)> ListMapRuns(string executionArn, long after, int limit)
    {
        lock (_lock)
        {
            return _mapRuns.Values
                .Where(e => e.MapRun.ExecutionArn == executionArn && (after == 0 || e.Position < after))
                .OrderByDescending(e => e.Position)
                .Take(limit)
                .ToList();
        }
    }

    private void SaveMapRunsLocked(ExecutionCommit commit)
    {
        if (commit.MapRuns is null)
        {
            return;
        }

        foreach (var run in commit.MapRuns)
        {
            var position = _mapRuns.TryGetValue(run.MapRunArn, out var existing) ? existing.Position : _nextMapRunPosition++;
            _mapRuns[run.MapRunArn] = (position, run);
        }
    }
}
