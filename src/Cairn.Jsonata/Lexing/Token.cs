using Cairn.Json;

namespace Cairn.Jsonata.Lexing;

/// <summary>One lexical token. <see cref="Position"/> is the offset just past it, as JSONata reports positions.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position, JValue? Literal = null, string? RegexFlags = null)
{
    public bool Is(string op) => Kind == TokenKind.Operator && Text == op;
}
