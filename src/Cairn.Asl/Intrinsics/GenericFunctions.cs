using System.Text;
using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The "generic operation" intrinsic: States.Format.</summary>
internal static class GenericFunctions
{
    public static JValue Format(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var template = call.Arguments[0] is LiteralArgument { Template: { } prepared }
            ? prepared
            : FormatTemplate.FromValue(IntrinsicArguments.RequireString(call, arguments[0]));
        if (template.Error is not null)
        {
            throw IntrinsicErrors.InvalidTemplate(call, template.Error);
        }

        if (template.PlaceholderCount != arguments.Length - 1)
        {
            throw IntrinsicErrors.InvalidArguments(call, "number of arguments do not match the occurrences of {}.");
        }

        var pieces = template.Pieces;
        if (pieces.Length == 1)
        {
            return new JString(pieces[0]);
        }

        var sb = new StringBuilder(64);
        sb.Append(pieces[0]);
        for (var i = 1; i < pieces.Length; i++)
        {
            FormatValueWriter.Append(sb, arguments[i]);
            sb.Append(pieces[i]);

            // A character is at least one byte: past the limit in characters, it is past it in bytes.
            if (sb.Length > ServiceLimits.MaxPayloadBytes)
            {
                throw IntrinsicErrors.ResultTooLarge(call);
            }
        }

        return new JString(sb.ToString());
    }
}
