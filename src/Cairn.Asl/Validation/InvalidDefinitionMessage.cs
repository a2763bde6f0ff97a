using System.Text;

namespace Cairn.Asl.Validation;

/// <summary>Formats diagnostics as the message of CreateStateMachine's InvalidDefinition error.</summary>
internal static class InvalidDefinitionMessage
{
    public static string Format(IReadOnlyList<Diagnostic> diagnostics)
    {
        var parts = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Location is null || d.Code == DiagnosticCodes.InvalidJsonDescription
                ? $"{d.Code}: {d.Message}"
                : $"{d.Code}: {d.Message} at {d.Location}");
        return $"Invalid State Machine Definition: '{string.Join(", ", parts)}'";
    }

    /// <summary>
    /// Label errors were recorded as <c>Error=ValueError Args=['...'] in definition '...'.</c>,
    /// the message quoted like a Python string literal and followed by the whole definition.
    /// </summary>
    public static string Format(IReadOnlyList<Diagnostic> diagnostics, string definitionText)
    {
        var label = diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.InvalidLabelName);
        return label is null
            ? Format(diagnostics)
            : $"Error=ValueError Args=[{PythonQuote(label.Message)}] in definition '{definitionText}'.";
    }

    private static string PythonQuote(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            if (c == '\\' || c == quote)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append(quote).ToString();
    }
}
