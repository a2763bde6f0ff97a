namespace Cairn.Engine.Testing;

/// <summary>How much a TestState response shows (TestState's <c>inspectionLevel</c>).</summary>
public enum InspectionLevel
{
    /// <summary>The output, status and next state only (the default).</summary>
    INFO,

    /// <summary>Also the data at each step of the state's input and output processing.</summary>
    DEBUG,

    /// <summary>As DEBUG, plus the HTTP request and response of an HTTP Task.</summary>
    TRACE,
}
