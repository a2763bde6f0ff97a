using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>A path argument (<c>$.a</c>, <c>$$.Execution.Id</c>, <c>$var</c>, <c>$</c>).</summary>
internal sealed class PathArgument : IntrinsicArgument
{
    private readonly JsonPath _path;

    public PathArgument(string text, JsonPath path)
        : base(text) => _path = path;

    /// <summary>The call this argument belongs to; set once by the parser, used in error causes.</summary>
    public IntrinsicCall? Owner { get; set; }

    public override JValue Evaluate(JValue input, IDataScope scope)
    {
        if (_path.TryEvaluate(input, scope, out var value))
        {
            return value;
        }

        throw IntrinsicErrors.PathNotFound(Owner, Text, input);
    }
}
