using System.Text;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// JSON text as TestState returns it: a space after each <c>,</c> and <c>:</c> between members
/// and elements (<c>[1, 2]</c>, <c>{"a": 1}</c>), on one line.
/// </summary>
public static class TestStateJson
{
    public static string Write(JValue value)
    {
        var sb = new StringBuilder(64);
        Write(sb, value);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, JValue value)
    {
        switch (value)
        {
            case JArray array:
                sb.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Write(sb, array[i]);
                }

                sb.Append(']');
                break;
            case JObject obj:
                sb.Append('{');
                var first = true;
                foreach (var (name, member) in obj.Members)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    JsonWriter.WriteString(sb, name);
                    sb.Append(": ");
                    Write(sb, member);
                }

                sb.Append('}');
                break;
            default:
                JsonWriter.Write(sb, value);
                break;
        }
    }
}
