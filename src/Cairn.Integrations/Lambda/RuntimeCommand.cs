namespace Cairn.Integrations.Lambda;

/// <summary>How a sandbox process of a function is started: the program, its arguments, environment variables the runtime adds, and a warning to log (e.g. another Python than the function asks for).</summary>
public sealed record RuntimeCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string? Warning = null);
