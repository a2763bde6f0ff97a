using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The string intrinsic: States.StringSplit.</summary>
internal static class StringFunctions
{
    /// <summary>
    /// Splits like Java's <c>StringTokenizer</c>, which AWS's results match: every character of the
    /// second argument is a delimiter, and empty pieces are dropped (",,,," gives [], and
    /// "This.is+a,test=string" split on ".+,=" gives five words).
    /// </summary>
    public static JValue StringSplit(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var text = IntrinsicArguments.RequireString(call, arguments[0]);
        var delimiters = IntrinsicArguments.RequireString(call, arguments[1]).AsSpan();
        var pieces = new List<JValue>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && delimiters.IndexOf(text[i]) < 0)
            {
                continue;
            }

            if (i > start)
            {
                pieces.Add(new JString(text.Substring(start, i - start)));
            }

            start = i + 1;
        }

        return JArray.Adopt(pieces.ToArray());
    }
}
