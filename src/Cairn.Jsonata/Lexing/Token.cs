using Cairn.Json;

namespace Cairn.Jsonata.Lexing;

/// <summary>One lexical token. <see cref="Position"/> is the offset just past it, as JSONata reports positions.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, JValue? Literal = null, string? RegexFlags = null)
{
    /// <summary>The key the parser dispatches on: the operator text, or a placeholder for names and literals.</summary>
    public string Id => Kind switch
    {
        TokenKind.End => "(end)",
        TokenKind.Operator => Text,
        TokenKind.Name => "(name)",
        TokenKind.Variable => "(variable)",
        TokenKind.Regex => "(regex)",
        _ => "(literal)",
    };

    public bool Is(string op) => Kind == TokenKind.Operator && Text == op;
}
