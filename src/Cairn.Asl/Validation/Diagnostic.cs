namespace Cairn.Asl.Validation;

/// <summary>
/// One finding of definition validation, shaped as AWS's ValidateStateMachineDefinition
/// diagnostic: a code (SCHEMA_VALIDATION_FAILED, INVALID_JSON_DESCRIPTION, ...), a message, a
/// location (a JSON pointer such as <c>/States/Check/Choices/0/Next</c>, or null) and a severity.
/// </summary>
public sealed record Diagnostic(string Code, string Message, string? Location, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    public override string ToString() => Location is null ? $"{Code}: {Message}" : $"{Code} at {Location}: {Message}";
}

public enum DiagnosticSeverity
{
    Error,
    Warning,
}
