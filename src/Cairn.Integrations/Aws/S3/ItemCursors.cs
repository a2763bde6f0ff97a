namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// Readers left open between two reads of a Map Run's items, keyed by where the next read starts:
/// a read that continues where the last one stopped takes the open reader (a decoded Parquet row
/// group, a decompressing inventory file) instead of reading the object again from its start.
/// Only an optimisation: a read whose position has no cursor (after a restart, or one evicted)
/// opens the object and skips to the position. At most <see cref="Capacity"/> are kept.
/// </summary>
public sealed class ItemCursors
{
    public const int Capacity = 16;

    private readonly LinkedList<(string Key, IDisposable Cursor)> _cursors = new();
    private readonly Lock _lock = new();

    /// <summary>Takes the cursor kept for <paramref name="key"/>, if any (it is no longer kept).</summary>
    public T? Take<T>(string key)
        where T : class, IDisposable
    {
        lock (_lock)
        {
            for (var node = _cursors.First; node is not null; node = node.Next)
            {
                if (node.Value.Key == key)
                {
                    _cursors.Remove(node);
                    if (node.Value.Cursor is T cursor)
                    {
                        return cursor;
                    }

                    node.Value.Cursor.Dispose();
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>Keeps a cursor for the read that starts at <paramref name="key"/>; the oldest goes when too many are kept.</summary>
    public void Keep(string key, IDisposable cursor)
    {
        IDisposable? evicted = null;
        lock (_lock)
        {
            _cursors.AddFirst((key, cursor));
            if (_cursors.Count > Capacity)
            {
                evicted = _cursors.Last!.Value.Cursor;
                _cursors.RemoveLast();
            }
        }

        evicted?.Dispose();
    }
}
