using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>Collects the inspection data of one test, when the inspection level asks for it.</summary>
internal sealed class Inspection
{
    private readonly InspectionData? _data;

    public Inspection(InspectionLevel level)
    {
        _data = level == InspectionLevel.INFO ? null : new InspectionData();
    }

    /// <summary>The data collected, or null at the INFO level.</summary>
    public InspectionData? Data => _data;

    public void Input(JValue value) => Set(d => d.Input = Text(value));

    public void AfterInputPath(JValue value) => Set(d => d.AfterInputPath = Text(value));

    public void AfterParameters(JValue value) => Set(d => d.AfterParameters = Text(value));

    public void AfterArguments(JValue value) => Set(d => d.AfterArguments = Text(value));

    public void Result(JValue value) => Set(d => d.Result = Text(value));

    public void AfterResultSelector(JValue value) => Set(d => d.AfterResultSelector = Text(value));

    public void AfterResultPath(JValue value) => Set(d => d.AfterResultPath = Text(value));

    public void AfterItemsPath(JValue value) => Set(d => d.AfterItemsPath = Text(value));

    public void AfterItemsPointer(JValue value) => Set(d => d.AfterItemsPointer = Text(value));

    public void AfterItemBatcher(JValue value) => Set(d => d.AfterItemBatcher = Text(value));

    public void Variables(JObject variables) => Set(d => d.Variables = variables.Count == 0 ? null : Text(variables));

    public void MaxConcurrency(int value) => Set(d => d.MaxConcurrency = value);

    public void ToleratedFailureCount(long value) => Set(d => d.ToleratedFailureCount = (int)Math.Min(value, int.MaxValue));

    public void ToleratedFailurePercentage(double value) => Set(d => d.ToleratedFailurePercentage = (float)value);

    public void RetryIndex(int index) => Set(d => Details(d).RetryIndex = index);

    public void RetryBackoffIntervalSeconds(int seconds) => Set(d => Details(d).RetryBackoffIntervalSeconds = seconds);

    public void CatchIndex(int index) => Set(d => Details(d).CatchIndex = index);

    private static InspectionErrorDetails Details(InspectionData data) => data.ErrorDetails ??= new InspectionErrorDetails();

    private static string Text(JValue value) => TestStateJson.Write(value);

    private void Set(Action<InspectionData> set)
    {
        if (_data is not null)
        {
            set(_data);
        }
    }
}
