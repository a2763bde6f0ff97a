namespace Cairn.Json;

public sealed class JBool : JValue
{
    public static readonly JBool True = new(true);
    public static readonly JBool False = new(false);

    private JBool(bool value) : base(JsonKind.Boolean) => Value = value;

    public bool Value { get; }

    public static JBool From(bool value) => value ? True : False;
}
