namespace Cairn.Asl;

/// <summary>
/// Text in a definition that cannot be parsed (a path, an intrinsic function call). Raised while
/// a definition is parsed and validated, never while it runs.
/// </summary>
public sealed class AslSyntaxException : FormatException
{
    public AslSyntaxException(string message, int position = -1)
        : base(message)
    {
        Position = position;
    }

    /// <summary>Zero-based character offset in the parsed text, or -1 if unknown.</summary>
    public int Position { get; }
}
