namespace Cairn.Engine.Storage;

/// <summary>Activities and server secrets, in memory.</summary>
public sealed partial class InMemoryStore
{
    private readonly List<(long Position, ActivityRecord Activity)> _activities = new();
    private readonly Dictionary<string, byte[]> _secrets = new(StringComparer.Ordinal);
    private long _lastActivityPosition;

    public bool TryCreateActivity(ActivityRecord activity, IReadOnlyList<KeyValuePair<string, string>> tags)
    {
        lock (_lock)
        {
            if (_activities.Exists(a => a.Activity.Arn == activity.Arn))
            {
                return false;
            }

            _activities.Add((++_lastActivityPosition, activity));
            TagLocked(activity.Arn, tags);
            return true;
        }
    }

    public ActivityRecord? GetActivity(string arn)
    {
        lock (_lock)
        {
            return _activities.Find(a => a.Activity.Arn == arn).Activity;
        }
    }

    public bool DeleteActivity(string arn)
    {
        lock (_lock)
        {
            var removed = _activities.RemoveAll(a => a.Activity.Arn == arn) > 0;
            _tags.Remove(arn);
            return removed;
        }
    }

    public IReadOnlyList<(long Position, ActivityRecord Activity)> ListActivities(long after, int limit)
    {
        lock (_lock)
        {
            return _activities.Where(a => a.Position > after).Take(limit).ToList();
        }
    }

    public byte[] GetOrCreateSecret(string name, Func<byte[]> create)
    {
        lock (_lock)
        {
            if (!_secrets.TryGetValue(name, out var secret))
            {
                _secrets[name] = secret = create();
            }

            return secret;
        }
    }
}
