using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Validates a state machine definition the way AWS's ValidateStateMachineDefinition and
/// CreateStateMachine do: JSON syntax, then the schema of the document (fields, types, values,
/// paths, per state type and query language), and, once the schema holds, the transitions
/// between states. Locations are JSON pointers into the definition.
/// </summary>
public static class DefinitionValidator
{
    public static IReadOnlyList<Diagnostic> Validate(string definitionText, ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ctx = new ValidationContext(options);
        if (string.IsNullOrWhiteSpace(definitionText))
        {
            ctx.Error(null, ValidationMessages.NotValidJsonObject);
            return ctx.Diagnostics;
        }

        JValue document;
        try
        {
            document = JValue.Parse(definitionText);
        }
        catch (JsonParseException e)
        {
            ctx.Diagnostics.Add(JsonSyntaxDiagnostic.Create(definitionText, e));
            return ctx.Diagnostics;
        }

        if (document is not JObject root)
        {
            ctx.Error(null, ValidationMessages.NotValidJsonObject);
            return ctx.Diagnostics;
        }

        MachineValidator.ValidateTopLevel(ctx, root);

        // Transitions are only meaningful once every state has the shape the schema requires.
        if (ctx.Diagnostics.Count == 0)
        {
            TransitionChecks.Run(ctx);
        }

        return ctx.Diagnostics;
    }

    /// <summary>True when no diagnostic is an error (warnings do not fail validation).</summary>
    public static bool IsValid(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);

    /// <summary>
    /// The message of CreateStateMachine's InvalidDefinition error: the errors as
    /// <c>CODE: message at location</c>, comma-separated, in
    /// <c>Invalid State Machine Definition: '...'</c>.
    /// </summary>
    public static string FormatInvalidDefinitionMessage(IReadOnlyList<Diagnostic> diagnostics) =>
        InvalidDefinitionMessage.Format(diagnostics);

    /// <summary>
    /// As <see cref="FormatInvalidDefinitionMessage(IReadOnlyList{Diagnostic})"/>, but an invalid
    /// Map label is reported in the form recorded for it, which quotes the definition text.
    /// </summary>
    public static string FormatInvalidDefinitionMessage(IReadOnlyList<Diagnostic> diagnostics, string definitionText) =>
        InvalidDefinitionMessage.Format(diagnostics, definitionText);
}
