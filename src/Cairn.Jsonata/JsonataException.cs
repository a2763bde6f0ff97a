using Cairn.Json;

namespace Cairn.Jsonata;

/// <summary>
/// A JSONata error: a compile error (S0xxx), a type error (T0xxx..T2xxx) or a dynamic error
/// (D1xxx..D3xxx, U1001), with JSONata's code, message and the character position of the token.
/// </summary>
public sealed class JsonataException : Exception
{
    public JsonataException(string code, string message, int position = -1, string? token = null, JValue? value = null)
        : base(message)
    {
        Code = code;
        Position = position;
        Token = token;
        Value = value;
    }

    /// <summary>JSONata's error code, for example <c>T2001</c>.</summary>
    public string Code { get; }

    /// <summary>Character offset just past the offending token in the expression, or -1 when not known.</summary>
    public int Position { get; }

    /// <summary>The offending token or function name, when there is one.</summary>
    public string? Token { get; }

    /// <summary>The offending value, when there is one.</summary>
    public JValue? Value { get; }
}
