namespace Cairn.Engine.Testing;

/// <summary>
/// The data at each step of the tested state's input and output processing (DEBUG and TRACE),
/// as JSON text; a step the state did not reach or does not have is null.
/// </summary>
public sealed class InspectionData
{
    public string? Input { get; set; }

    public string? AfterArguments { get; set; }

    public string? AfterInputPath { get; set; }

    public string? AfterParameters { get; set; }

    public string? Result { get; set; }

    public string? AfterResultSelector { get; set; }

    public string? AfterResultPath { get; set; }

    public string? Variables { get; set; }

    public InspectionErrorDetails? ErrorDetails { get; set; }

    public string? AfterItemsPath { get; set; }

    public string? AfterItemSelector { get; set; }

    public string? AfterItemBatcher { get; set; }

    public string? AfterItemsPointer { get; set; }

    public int? ToleratedFailureCount { get; set; }

    public float? ToleratedFailurePercentage { get; set; }

    public int? MaxConcurrency { get; set; }
}
