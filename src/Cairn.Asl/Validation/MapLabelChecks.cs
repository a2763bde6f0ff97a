using System.Globalization;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// A Distributed Map's Label becomes part of Map Run ARNs, so it follows the resource naming
/// rules: at most 40 characters, no whitespace, brackets, wildcards, special characters
/// (<c>" # % \ ^ | ~ ` $ &amp; , ; : /</c>) or control characters (U+0000–U+001F, U+007F–U+009F,
/// U+FFFE–U+FFFF).
/// </summary>
internal static class MapLabelChecks
{
    public const int MaxLength = 40;

    private const string Forbidden = " <>{}[]?*\"#%\\^|~`$&,;:/";

    public static void Validate(ValidationContext ctx, JObject state, string location)
    {
        if (!state.TryGetValue("Label", out var value))
        {
            return;
        }

        var at = JsonPointer.Child(location, "Label");
        if (value is not JString { Value: var label })
        {
            ctx.Error(at, ValidationMessages.ExpectedString);
            return;
        }

        var problem = Check(label);
        if (problem is not null)
        {
            ctx.Error(at, problem, DiagnosticCodes.InvalidLabelName);
        }
    }

    /// <summary>The message for an invalid label, or null when it is valid.</summary>
    public static string? Check(string label)
    {
        if (label.Length == 0)
        {
            return "Label cannot be empty";
        }

        if (label.Length > MaxLength)
        {
            return $"Label cannot exceed {MaxLength} characters";
        }

        foreach (var c in label)
        {
            if (Forbidden.Contains(c) || char.IsWhiteSpace(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f) || c is '\uFFFE' or '\uFFFF')
            {
                return "Label contains invalid character: " + QuoteCharacter(c);
            }
        }

        return null;
    }

    /// <summary>Quotes a character the way the recorded messages show it: <c>'#'</c>, <c>"'"</c>, <c>'\t'</c>, <c>'\x00'</c>.</summary>
    private static string QuoteCharacter(char c) => c switch
    {
        '\'' => "\"'\"",
        '\\' => "'\\\\'",
        '\t' => "'\\t'",
        '\n' => "'\\n'",
        '\r' => "'\\r'",
        _ when c < 0x20 || (c >= 0x7f && c <= 0xa0) => "'\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) + "'",
        '\uFFFE' or '\uFFFF' => "'\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) + "'",
        _ => $"'{c}'",
    };
}
