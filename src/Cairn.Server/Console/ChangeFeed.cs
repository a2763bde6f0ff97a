using System.Collections.Concurrent;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Console;

/// <summary>
/// Tells the console's open streams that something they show has changed: an execution whose
/// history grew, or a state machine one of whose executions started, ended or was redriven. Fed by
/// the commit loop, so it learns of a change once it is durable and readable; it carries no data,
/// only a wake-up, so a burst of commits costs a reader one read. The built-in Lambda service's
/// invocations wake the streams watching that function.
/// </summary>
internal sealed class ChangeFeed : IDisposable
{
    /// <summary>The most streams open at once; beyond it a new one is refused (503).</summary>
    public const int MaxWatchers = 1000;

    private readonly GroupCommitter _committer;
    private readonly InvocationHistory? _invocations;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<ChangeWatcher, byte>> _watchers = new(StringComparer.Ordinal);
    private int _count;

    public ChangeFeed(GroupCommitter committer, InvocationHistory? invocations)
    {
        _committer = committer;
        _invocations = invocations;
        committer.Committed += OnCommitted;
        if (invocations is not null)
        {
            invocations.Changed += OnInvoked;
        }
    }

    /// <summary>What a stream watches for a function's invocations (kept apart from ARNs).</summary>
    public static string FunctionKey(string functionName) => "function " + functionName;

    /// <summary>Starts watching an execution or state machine ARN; null when <see cref="MaxWatchers"/> are open.</summary>
    public ChangeWatcher? Watch(string arn)
    {
        if (Interlocked.Increment(ref _count) > MaxWatchers)
        {
            Interlocked.Decrement(ref _count);
            return null;
        }

        var watcher = new ChangeWatcher(arn, Unwatch);
        _watchers.GetOrAdd(arn, _ => new ConcurrentDictionary<ChangeWatcher, byte>()).TryAdd(watcher, 0);
        return watcher;
    }

    public void Dispose()
    {
        _committer.Committed -= OnCommitted;
        if (_invocations is not null)
        {
            _invocations.Changed -= OnInvoked;
        }
    }

    /// <summary>The state machine ARN of an execution ARN (<c>...:execution:MACHINE:NAME</c>), or null for any other ARN.</summary>
    internal static string? MachineOf(string executionArn)
    {
        var nameStart = executionArn.LastIndexOf(':');
        const string marker = ":execution:";
        var typeStart = executionArn.IndexOf(marker, StringComparison.Ordinal);
        return typeStart < 0 || nameStart <= typeStart + marker.Length
            ? null
            : string.Concat(executionArn.AsSpan(0, typeStart), ":stateMachine:", executionArn.AsSpan(typeStart + marker.Length, nameStart - typeStart - marker.Length));
    }

    private void OnCommitted(IReadOnlyList<ExecutionCommit> commits)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return;
        }

        foreach (var commit in commits)
        {
            Signal(commit.ExecutionArn);
            if ((commit.Created is not null || commit.Outcome is not null || commit.Redriven is not null) && MachineOf(commit.ExecutionArn) is { } machine)
            {
                Signal(machine);
            }
        }
    }

    private void OnInvoked(string functionName)
    {
        if (Volatile.Read(ref _count) > 0)
        {
            Signal(FunctionKey(functionName));
        }
    }

    private void Signal(string arn)
    {
        if (_watchers.TryGetValue(arn, out var watchers))
        {
            foreach (var watcher in watchers.Keys)
            {
                watcher.Signal();
            }
        }
    }

    private void Unwatch(ChangeWatcher watcher)
    {
        if (_watchers.TryGetValue(watcher.Arn, out var watchers) && watchers.TryRemove(watcher, out _))
        {
            Interlocked.Decrement(ref _count);
            if (watchers.IsEmpty)
            {
                _watchers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<ChangeWatcher, byte>>(watcher.Arn, watchers));
            }
        }
    }
}
