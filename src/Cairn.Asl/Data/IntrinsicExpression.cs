using Cairn.Asl.Intrinsics;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>A parsed intrinsic function call used as a value (a thin handle so data code does not depend on the parser's internals).</summary>
public sealed class IntrinsicExpression
{
    public IntrinsicExpression(IntrinsicFunction function) => Function = function;

    public IntrinsicFunction Function { get; }

    public JValue Evaluate(JValue input, IDataScope scope) => Function.Evaluate(input, scope);
}
