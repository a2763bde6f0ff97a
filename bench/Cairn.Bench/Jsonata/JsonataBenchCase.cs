using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Bench.Jsonata;

/// <summary>One benchmark expression, compiled once, with its input (null for undefined).</summary>
public sealed record JsonataBenchCase(string Name, string? Dataset, string Text, JsonataExpression Expression, JValue? Input)
{
    public JValue? Evaluate() => Expression.Evaluate(Input);

    public override string ToString() => Name;
}
