namespace Cairn.Json;

public sealed class JString : JValue
{
    public static readonly JString Empty = new(string.Empty);

    public JString(string value) : base(JsonKind.String) => Value = value;

    public string Value { get; }
}
