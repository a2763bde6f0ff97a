namespace Cairn.Asl;

/// <summary>
/// A failure raised while evaluating a state's data processing (a path, template, intrinsic
/// function or choice rule). It carries the ASL error name and the cause text AWS reports, and
/// becomes a state failure that Retry and Catch can handle.
/// </summary>
public sealed class StatesException : Exception
{
    public StatesException(string error, string cause)
        : base(cause)
    {
        Error = error;
        Cause = cause;
    }

    /// <summary>The error name, for example <c>States.Runtime</c>.</summary>
    public string Error { get; }

    /// <summary>The cause text.</summary>
    public string Cause { get; }

    /// <summary>
    /// The field of the state whose evaluation failed, when known (for example <c>Output/result</c>
    /// or <c>Items</c>); AWS reports it as the location of an EvaluationFailed event.
    /// </summary>
    public string? Location { get; init; }
}
