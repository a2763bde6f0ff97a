namespace Cairn.Json;

/// <summary>The six kinds of JSON value.</summary>
public enum JsonKind : byte
{
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
}
