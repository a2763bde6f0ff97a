using System.Text;
using Cairn.Json;

namespace Cairn.Jsonata;

/// <summary>
/// JSONata's error codes and message templates. A template's <c>{{name}}</c> is replaced by the
/// JSON text of the named detail, <c>{{{name}}}</c> by its raw text.
/// </summary>
internal static class JsonataErrors
{
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal)
    {
        ["S0101"] = "String literal must be terminated by a matching quote",
        ["S0102"] = "Number out of range: {{token}}",
        ["S0103"] = "Unsupported escape sequence: \\{{token}}",
        ["S0104"] = "The escape sequence \\u must be followed by 4 hex digits",
        ["S0105"] = "Quoted property name must be terminated with a backquote (`)",
        ["S0106"] = "Comment has no closing tag",
        ["S0201"] = "Syntax error: {{token}}",
        ["S0202"] = "Expected {{value}}, got {{token}}",
        ["S0203"] = "Expected {{value}} before end of expression",
        ["S0204"] = "Unknown operator: {{token}}",
        ["S0205"] = "Unexpected token: {{token}}",
        ["S0206"] = "Unknown expression type: {{token}}",
        ["S0207"] = "Unexpected end of expression",
        ["S0208"] = "Parameter {{value}} of function definition must be a variable name (start with $)",
        ["S0209"] = "A predicate cannot follow a grouping expression in a step",
        ["S0210"] = "Each step can only have one grouping expression",
        ["S0211"] = "The symbol {{token}} cannot be used as a unary operator",
        ["S0212"] = "The left side of := must be a variable name (start with $)",
        ["S0213"] = "The literal value {{value}} cannot be used as a step within a path expression",
        ["S0214"] = "The right side of {{token}} must be a variable name (start with $)",
        ["S0215"] = "A context variable binding must precede any predicates on a step",
        ["S0216"] = "A context variable binding must precede the 'order-by' clause on a step",
        ["S0217"] = "The object representing the 'parent' cannot be derived from this expression",
        ["S0301"] = "Empty regular expressions are not allowed",
        ["S0302"] = "No terminating / in regular expression",
        ["S0401"] = "Type parameters can only be applied to functions and arrays",
        ["S0402"] = "Choice groups containing parameterized types are not supported",
        ["T0410"] = "Argument {{index}} of function {{token}} does not match function signature",
        ["T0411"] = "Context value is not a compatible type with argument {{index}} of function {{token}}",
        ["T0412"] = "Argument {{index}} of function {{token}} must be an array of {{type}}",
        ["D1001"] = "Number out of range: {{value}}",
        ["D1002"] = "Cannot negate a non-numeric value: {{value}}",
        ["T1003"] = "Key in object structure must evaluate to a string; got: {{value}}",
        ["T1005"] = "Attempted to invoke a non-function. Did you mean ${{{token}}}?",
        ["T1006"] = "Attempted to invoke a non-function",
        ["T1007"] = "Attempted to partially apply a non-function. Did you mean ${{{token}}}?",
        ["T1008"] = "Attempted to partially apply a non-function",
        ["D1009"] = "Multiple key definitions evaluate to same key: {{value}}",
        ["T2001"] = "The left side of the {{token}} operator must evaluate to a number",
        ["T2002"] = "The right side of the {{token}} operator must evaluate to a number",
        ["T2003"] = "The left side of the range operator (..) must evaluate to an integer",
        ["T2004"] = "The right side of the range operator (..) must evaluate to an integer",
        ["T2006"] = "The right side of the function application operator ~> must be a function",
        ["T2007"] = "Type mismatch when comparing values {{value}} and {{value2}} in order-by clause",
        ["T2008"] = "The expressions within an order-by clause must evaluate to numeric or string values",
        ["T2009"] = "The values {{value}} and {{value2}} either side of operator {{token}} must be of the same data type",
        ["T2010"] = "The expressions either side of operator {{token}} must evaluate to numeric or string values",
        ["T2011"] = "The insert/update clause of the transform expression must evaluate to an object: {{value}}",
        ["T2012"] = "The delete clause of the transform expression must evaluate to a string or array of strings: {{value}}",
        ["D2014"] = "The size of the sequence allocated by the range operator (..) must not exceed 1e7.  Attempted to allocate {{value}}.",
        ["D3120"] = "Syntax error in expression passed to function eval: {{value}}",
        ["D3121"] = "Dynamic error evaluating the expression passed to function eval: {{value}}",
        ["U1001"] = "{{{value}}}",
    };

    public const string StackOverflowMessage = "Stack overflow error: Check for non-terminating recursive function.  Consider rewriting as tail-recursive.";

    public const string TimeoutMessage = "Expression evaluation timeout: Check for infinite loop";

    public static JsonataException Create(string code, int position = -1, string? token = null, JValue? value = null, JValue? value2 = null, string? expected = null, int index = 0, string? type = null)
    {
        var template = Templates.TryGetValue(code, out var t) ? t : code;
        var message = Format(template, name => name switch
        {
            "token" => token is null ? null : JsonWriter.QuoteString(token),
            "value" => expected is not null ? JsonWriter.QuoteString(expected) : Show(value),
            "value2" => Show(value2),
            "index" => index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "type" => type is null ? null : JsonWriter.QuoteString(type),
            _ => null,
        }, raw => raw switch
        {
            "token" => token,
            "value" => expected ?? (value is JString s ? s.Value : Show(value)),
            _ => null,
        });
        return new JsonataException(code, message, position, token, value);
    }

    /// <summary>The limit errors (time and depth), which carry their message directly.</summary>
    public static JsonataException Limit(string message) => new("U1001", message);

    private static string Show(JValue? value) => value switch
    {
        null => "undefined",
        Values.JsonataFunction => "\"\"",
        JNumber n when double.IsNaN(n.DoubleValue) || double.IsInfinity(n.DoubleValue) => "null",
        _ => value.ToJson(),
    };

    private static string Format(string template, Func<string, string?> quoted, Func<string, string?> raw)
    {
        if (!template.Contains("{{", StringComparison.Ordinal))
        {
            return template;
        }

        var sb = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            if (string.CompareOrdinal(template, i, "{{{", 0, 3) == 0)
            {
                var end = template.IndexOf("}}}", i + 3, StringComparison.Ordinal);
                sb.Append(raw(template.Substring(i + 3, end - i - 3)) ?? "undefined");
                i = end + 3;
            }
            else if (string.CompareOrdinal(template, i, "{{", 0, 2) == 0)
            {
                var end = template.IndexOf("}}", i + 2, StringComparison.Ordinal);
                sb.Append(quoted(template.Substring(i + 2, end - i - 2)) ?? "undefined");
                i = end + 2;
            }
            else
            {
                sb.Append(template[i++]);
            }
        }

        return sb.ToString();
    }
}
