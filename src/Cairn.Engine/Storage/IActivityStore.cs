namespace Cairn.Engine.Storage;

/// <summary>Activities. Their tags are kept with the other resources' tags (<see cref="IStateMachineStore.Tag"/>).</summary>
public interface IActivityStore
{
    /// <summary>Stores a new activity with its tags; false when one with this ARN exists.</summary>
    bool TryCreateActivity(ActivityRecord activity, IReadOnlyList<KeyValuePair<string, string>> tags);

    ActivityRecord? GetActivity(string arn);

    /// <summary>Removes the activity and its tags; false when it did not exist.</summary>
    bool DeleteActivity(string arn);

    /// <summary>Activities in creation order, starting after <paramref name="after"/> (a position from an earlier page).</summary>
    IReadOnlyList<(long Position, ActivityRecord Activity)> ListActivities(long after, int limit);
}
