using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// State shared by one validation run: the options, the diagnostics found so far, and the
/// machines (top level and nested) whose transitions are checked once the schema is clean.
/// </summary>
internal sealed class ValidationContext
{
    public ValidationContext(ValidationOptions options) => Options = options;

    public ValidationOptions Options { get; }

    public List<Diagnostic> Diagnostics { get; } = new();

    /// <summary>Every (nested) machine seen, in document order, for the transition checks.</summary>
    public List<MachineScope> Machines { get; } = new();

    public bool IsExpress => Options.Type == StateMachineType.Express;

    /// <summary>The query language the top level declares for the whole state machine.</summary>
    public QueryLanguage TopLevelLanguage { get; set; } = QueryLanguage.JSONPath;

    public void Error(string? location, string message, string code = DiagnosticCodes.SchemaValidationFailed) =>
        Diagnostics.Add(new Diagnostic(code, message, location));

    /// <summary>Reports fields of <paramref name="obj"/> that <paramref name="isAllowed"/> rejects, at the object's location (as AWS does).</summary>
    public void RejectUnknownFields(JObject obj, string location, Func<string, bool> isAllowed)
    {
        foreach (var member in obj.Members)
        {
            if (!isAllowed(member.Key))
            {
                Error(location, ValidationMessages.NotSupported(member.Key));
            }
        }
    }

    /// <summary>Reports the missing ones among <paramref name="fields"/> in one diagnostic; true when all are present.</summary>
    public bool RequireFields(JObject obj, string location, params string[] fields)
    {
        var missing = fields.Where(f => !obj.ContainsKey(f)).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        Error(location, ValidationMessages.Required(missing));
        return false;
    }

    /// <summary>Reports when more than one of <paramref name="fields"/> is present; true when at most one is.</summary>
    public bool AtMostOne(JObject obj, string location, params string[] fields)
    {
        if (fields.Count(obj.ContainsKey) <= 1)
        {
            return true;
        }

        Error(location, ValidationMessages.OnlyOneOf(fields));
        return false;
    }
}
