namespace Cairn.Json;

/// <summary>
/// An immutable JSON value. Values never change after construction, so a value can be shared
/// by many documents (structural sharing): selecting a sub-tree and placing it in another
/// document never copies it.
/// </summary>
public abstract class JValue : IEquatable<JValue>
{
    /// <summary>Only the JSON kinds defined here, plus <see cref="JsonKind.Function"/> values of an expression language, derive from this.</summary>
    protected JValue(JsonKind kind) => Kind = kind;

    public JsonKind Kind { get; }

    public bool IsNull => Kind == JsonKind.Null;

    /// <summary>Parses JSON text. Throws <see cref="JsonParseException"/> with a position on bad input.</summary>
    public static JValue Parse(string text, int maxDepth = JsonParser.DefaultMaxDepth) => JsonParser.Parse(text, maxDepth);

    /// <summary>Parses JSON text; returns false (and the reason) instead of throwing.</summary>
    public static bool TryParse(string text, out JValue value, out string? error)
    {
        try
        {
            value = JsonParser.Parse(text, JsonParser.DefaultMaxDepth);
            error = null;
            return true;
        }
        catch (JsonParseException e)
        {
            value = JNull.Instance;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Compact JSON text, escaped the way AWS Step Functions writes it.</summary>
    public string ToJson() => JsonWriter.Write(this, indented: false);

    /// <summary>Indented JSON text (two spaces), for people.</summary>
    public string ToIndentedJson() => JsonWriter.Write(this, indented: true);

    public override string ToString() => ToJson();

    public bool Equals(JValue? other) => other is not null && JsonEquality.DeepEquals(this, other);

    public override bool Equals(object? obj) => obj is JValue other && Equals(other);

    public override int GetHashCode() => JsonEquality.Hash(this);

    public static implicit operator JValue(string value) => new JString(value);

    public static implicit operator JValue(long value) => JNumber.From(value);

    public static implicit operator JValue(bool value) => JBool.From(value);
}
