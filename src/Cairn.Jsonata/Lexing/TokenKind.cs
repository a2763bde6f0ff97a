namespace Cairn.Jsonata.Lexing;

internal enum TokenKind : byte
{
    End,
    Operator,
    Name,
    Variable,
    String,
    Number,

    /// <summary>The literals <c>true</c>, <c>false</c> and <c>null</c>.</summary>
    Value,
    Regex,
}
