using Cairn.Engine.Execution;

namespace Cairn.Engine.Storage;

public sealed partial class InMemoryStore
{
    private readonly Dictionary<string, (long Position, MapRunRecord MapRun)> _mapRuns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Position, MapRunExecutionRecord Execution)> _mapRunExecutions = new(StringComparer.Ordinal);
    private long _nextMapRunPosition = 1;
    private long _nextMapRunExecutionPosition = 1;

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

    public IReadOnlyList<(long Position, MapRunExecutionRecord Execution)> ListMapRunExecutions(string mapRunArn, ExecutionStatus? status, bool? redriven, long after, int limit)
    {
        var statusText = status?.ToString();
        lock (_lock)
        {
            return _mapRunExecutions.Values
                .Where(e => e.Execution.MapRunArn == mapRunArn && (after == 0 || e.Position < after)
                    && (statusText is null || e.Execution.Status == statusText)
                    && (redriven is null || (e.Execution.RedriveCount > 0) == redriven))
                .OrderByDescending(e => e.Position)
                .Take(limit)
                .ToList();
        }
    }

    private void SaveMapRunsLocked(ExecutionCommit commit)
    {
        foreach (var run in commit.MapRuns ?? [])
        {
            var position = _mapRuns.TryGetValue(run.MapRunArn, out var existing) ? existing.Position : _nextMapRunPosition++;
            _mapRuns[run.MapRunArn] = (position, run);
        }

        foreach (var child in commit.MapRunExecutions ?? [])
        {
            var position = _mapRunExecutions.TryGetValue(child.ExecutionArn, out var existing) ? existing.Position : _nextMapRunExecutionPosition++;
            _mapRunExecutions[child.ExecutionArn] = (position, child);
        }
    }
}
