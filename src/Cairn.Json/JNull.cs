namespace Cairn.Json;

public sealed class JNull : JValue
{
    public static readonly JNull Instance = new();

    private JNull() : base(JsonKind.Null)
    {
    }
}
