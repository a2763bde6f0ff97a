using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The JSON manipulation intrinsics: States.StringToJson, States.JsonToString, States.JsonMerge.</summary>
internal static class JsonFunctions
{
    public static JValue StringToJson(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var text = IntrinsicArguments.RequireString(call, arguments[0]);

        // Recorded on AWS: an empty or blank string parses to null rather than failing.
        if (string.IsNullOrWhiteSpace(text))
        {
            return JNull.Instance;
        }

        return JValue.TryParse(text, out var value, out _) ? value : throw IntrinsicErrors.InvalidArguments(call);
    }

    public static JValue JsonToString(IntrinsicCall call, JValue[] arguments, IDataScope scope) =>
        new JString(arguments[0].ToJson());

    public static JValue JsonMerge(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var first = IntrinsicArguments.RequireObject(call, arguments[0]);
        var second = IntrinsicArguments.RequireObject(call, arguments[1]);

        // Only the shallow mode exists: the flag must be the boolean false.
        if (arguments[2] is not JBool { Value: false })
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        if (second.Count == 0)
        {
            return first;
        }

        if (first.Count == 0)
        {
            return second;
        }

        // Members of the second object replace those of the first in place; new ones follow.
        var builder = new JObjectBuilder(first.Count + second.Count);
        foreach (var member in first.Members)
        {
            builder.Set(member.Key, member.Value);
        }

        foreach (var member in second.Members)
        {
            builder.Set(member.Key, member.Value);
        }

        return builder.Build();
    }
}
