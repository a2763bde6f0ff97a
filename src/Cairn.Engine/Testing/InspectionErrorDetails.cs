namespace Cairn.Engine.Testing;

/// <summary>Which retrier or catcher handled the error of the state under test, and the retry interval.</summary>
public sealed class InspectionErrorDetails
{
    public int? CatchIndex { get; set; }

    public int? RetryIndex { get; set; }

    public int? RetryBackoffIntervalSeconds { get; set; }
}
