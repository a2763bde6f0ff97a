using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>JSONata's boolean casting (the rules of <c>$boolean</c>, predicates and conditions).</summary>
internal static class Truthiness
{
    /// <summary>Undefined stays undefined (null); everything else casts to true or false.</summary>
    public static bool? Cast(JValue? value) => value is null ? null : IsTrue(value);

    public static bool IsTrue(JValue? value)
    {
        switch (value)
        {
            case null:
            case JNull:
                return false;
            case JBool b:
                return b.Value;
            case JNumber n:
                return n.DoubleValue != 0;
            case JString s:
                return s.Value.Length > 0;
            case JArray a:
                if (a.Count == 1)
                {
                    return IsTrue(a[0]);
                }

                foreach (var item in a)
                {
                    if (IsTrue(item))
                    {
                        return true;
                    }
                }

                return false;
            case JObject o:
                return o.Count > 0;
            default:
                return false; // functions cast to false
        }
    }
}
