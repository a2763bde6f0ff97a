namespace Cairn.Engine.Hosting;

/// <summary>What a SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat came to.</summary>
public enum TaskTokenOutcome
{
    Accepted,

    /// <summary>The token was not issued here (or was altered).</summary>
    InvalidToken,

    /// <summary>The token was issued here, but its execution is gone.</summary>
    TaskDoesNotExist,

    /// <summary>The task no longer waits: it completed, timed out, or its execution ended.</summary>
    TaskTimedOut,
}
