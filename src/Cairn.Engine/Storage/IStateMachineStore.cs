namespace Cairn.Engine.Storage;

/// <summary>State machines, their revisions and resource tags.</summary>
public interface IStateMachineStore
{
    /// <summary>Stores a new state machine with its first revision; false when one with this ARN exists.</summary>
    bool TryCreate(StateMachineRecord machine, IReadOnlyList<KeyValuePair<string, string>> tags);

    StateMachineRecord? GetStateMachine(string arn);

    /// <summary>Makes <paramref name="revision"/> the current one; false when the machine does not exist.</summary>
    bool Update(string arn, StateMachineRevision revision);

    /// <summary>Removes the machine and its tags (its revisions stay for its executions); false when it did not exist.</summary>
    bool Delete(string arn);

    /// <summary>State machines in creation order, starting after <paramref name="after"/> (a position from an earlier page).</summary>
    IReadOnlyList<(long Position, StateMachineRecord Machine)> ListStateMachines(long after, int limit);

    StateMachineRevision? GetRevision(string revisionId);

    /// <summary>The resource's tags in the order they were first set (empty when it has none).</summary>
    IReadOnlyList<KeyValuePair<string, string>> GetTags(string resourceArn);

    /// <summary>Adds or overwrites tags.</summary>
    void Tag(string resourceArn, IReadOnlyList<KeyValuePair<string, string>> tags);

    void Untag(string resourceArn, IReadOnlyList<string> keys);
}
