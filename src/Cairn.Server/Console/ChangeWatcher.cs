using System.Threading.Channels;

namespace Cairn.Server.Console;

/// <summary>One open stream's interest in one ARN: signalled (at most once until it is read) when that ARN changes.</summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly Action<ChangeWatcher> _unwatch;

    public ChangeWatcher(string arn, Action<ChangeWatcher> unwatch)
    {
        Arn = arn;
        _unwatch = unwatch;
    }

    public string Arn { get; }

    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a change; false when <paramref name="timeout"/> passed without one.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _signals.Reader.ReadAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _unwatch(this);
}
