namespace Cairn.Integrations.Lambda;

/// <summary>
/// How a sandbox process of a function is started: the program, its arguments, environment variables the runtime adds, and a warning to log (e.g. another Python than the function asks for).
/// <paramref name="Spares"/>: the runtime's client can start as a spare sandbox and be handed its function later (Cairn's Python and Node.js runtime clients).
/// </summary>
public sealed record RuntimeCommand(string FileName, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string? Warning = null, bool Spares = false);
