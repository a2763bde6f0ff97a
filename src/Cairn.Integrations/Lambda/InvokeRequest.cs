namespace Cairn.Integrations.Lambda;

/// <summary>Invoke's parameters.</summary>
/// <param name="FunctionName">A name, partial ARN or ARN, optionally qualified.</param>
/// <param name="Payload">The event (JSON); empty sends <c>{}</c>.</param>
/// <param name="Qualifier">A version or alias.</param>
/// <param name="InvocationType"><c>RequestResponse</c> (default), <c>Event</c> or <c>DryRun</c>.</param>
/// <param name="LogType"><c>Tail</c> returns the last 4 KB of the invocation's log in <c>LogResult</c>.</param>
/// <param name="ClientContext">Base64-encoded client context for the handler.</param>
public sealed record InvokeRequest(
    string FunctionName,
    ReadOnlyMemory<byte> Payload,
    string? Qualifier = null,
    string InvocationType = "RequestResponse",
    string LogType = "None",
    string? ClientContext = null)
{
    /// <summary>The Task state invoking the function, when one does (kept with the invocation for the console).</summary>
    public InvocationCaller? Caller { get; init; }
}
