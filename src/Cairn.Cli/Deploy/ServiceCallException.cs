namespace Cairn.Cli.Deploy;

/// <summary>A service answered a deployment call with an error: its code and message.</summary>
internal sealed class ServiceCallException(string service, string operation, string code, string message) : Exception($"{service} {operation}: {code}: {message}")
{
    public string Code { get; } = code;

    public string Service { get; } = service;

    public string Operation { get; } = operation;
}
