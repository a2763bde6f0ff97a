using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>A constant: number, string, boolean, null, or a JSON array/object.</summary>
internal sealed class LiteralOperand : FilterOperand
{
    private readonly JValue _value;

    public LiteralOperand(JValue value) => _value = value;

    public override bool TryResolve(JValue current, in PathEnvironment environment, out JValue value)
    {
        value = _value;
        return true;
    }
}
