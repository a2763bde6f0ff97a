using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>A parsed call <c>States.Name(arg, ...)</c>; also used as an argument when nested.</summary>
internal sealed class IntrinsicCall : IntrinsicArgument
{
    private readonly IntrinsicArgument[] _arguments;

    public IntrinsicCall(string text, IntrinsicDefinition definition, IntrinsicArgument[] arguments)
        : base(text)
    {
        Definition = definition;
        _arguments = arguments;
    }

    public IntrinsicDefinition Definition { get; }

    public string Name => Definition.Name;

    public ReadOnlySpan<IntrinsicArgument> Arguments => _arguments;

    public override JValue Evaluate(JValue input, IDataScope scope)
    {
        var arguments = _arguments;
        var values = arguments.Length == 0 ? Array.Empty<JValue>() : new JValue[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Evaluate(input, scope);
        }

        var result = Definition.Invoke(this, values, scope);
        if (JsonSize.Exceeds(result, ServiceLimits.MaxPayloadBytes))
        {
            throw IntrinsicErrors.ResultTooLarge(this);
        }

        return result;
    }
}
