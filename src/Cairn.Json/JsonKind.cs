namespace Cairn.Json;

/// <summary>The six kinds of JSON value, and the function values an expression language (JSONata) carries.</summary>
public enum JsonKind : byte
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,

    /// <summary>Not JSON: a function value of an expression language. Written as an empty string; equal only to itself.</summary>
    Function,
}
