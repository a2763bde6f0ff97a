using Cairn.Asl.Validation;

namespace Cairn.Asl.Parsing;

/// <summary>A definition that cannot be turned into a runnable machine; carries the diagnostics.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join("; ", diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
