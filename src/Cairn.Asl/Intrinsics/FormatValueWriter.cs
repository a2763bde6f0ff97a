using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>
/// Renders a value substituted into a States.Format placeholder. AWS writes strings as they are
/// and everything else the way Java's collections print themselves: an object comes out as
/// <c>{Id=arn:..., Name=x}</c> (recorded with <c>$$.StateMachine</c>), an array as <c>[a, b]</c>,
/// numbers as Java prints them, null as <c>null</c>.
/// </summary>
internal static class FormatValueWriter
{
    public static void Append(StringBuilder sb, JValue value)
    {
        switch (value)
        {
            case JString s:
                sb.Append(s.Value);
                break;
            case JNumber n:
                sb.Append(n.ToLiteral());
                break;
            case JBool b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case JArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    Append(sb, a[i]);
                }

                sb.Append(']');
                break;
            case JObject o:
                sb.Append('{');
                var first = true;
                foreach (var member in o.Members)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    sb.Append(member.Key).Append('=');
                    Append(sb, member.Value);
                }

                sb.Append('}');
                break;
            default:
                sb.Append("null");
                break;
        }
    }
}
