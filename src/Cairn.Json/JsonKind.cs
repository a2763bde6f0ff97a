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

public static class JsonKindNames
{
    /// <summary>The lower-case type name: null, boolean, number, string, array, object or function.</summary>
    public static string TypeName(this JsonKind kind) => kind switch
    {
        JsonKind.Null => "null",
        JsonKind.Boolean => "boolean",
        JsonKind.Number => "number",
        JsonKind.String => "string",
        JsonKind.Array => "array",
        JsonKind.Object => "object",
        _ => "function",
    };
}
