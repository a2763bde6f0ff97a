using System.Text;

namespace Cairn.Json;

/// <summary>
/// How <see cref="JsonWriter"/> writes the leaves of a document. The default is AWS Step
/// Functions' style; an expression language can write numbers and strings its own way
/// (JSONata follows JavaScript's <c>JSON.stringify</c>) while the structure stays shared.
/// </summary>
public class JsonTextStyle
{
    public static readonly JsonTextStyle Aws = new();

    /// <summary>
    /// A number as JSON text. JSON has no infinities: a number beyond the double range (a literal
    /// such as <c>1e400</c>, or a sum that overflows) is written as a string, <c>"Infinity"</c>,
    /// as Jackson, which AWS writes JSON with, does.
    /// </summary>
    public virtual void WriteNumber(StringBuilder sb, JNumber number)
    {
        if (number.IsFloatingPoint && !double.IsFinite(number.DoubleValue))
        {
            WriteString(sb, number.ToLiteral());
            return;
        }

        sb.Append(number.ToLiteral());
    }

    public virtual void WriteString(StringBuilder sb, string value) => JsonWriter.WriteString(sb, value);

    /// <summary>A function value (<see cref="JsonKind.Function"/>) has no JSON form: written as an empty string.</summary>
    public virtual void WriteFunction(StringBuilder sb, JValue value) => sb.Append("\"\"");
}
