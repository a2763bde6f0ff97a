using Cairn.Asl.Validation;

namespace Cairn.Asl.Tests.Validation;

/// <summary>Top-level rules: JSON syntax, required fields, transitions, reachability, names.</summary>
public sealed class DefinitionValidatorTests
{
    internal static IReadOnlyList<Diagnostic> Validate(string json, StateMachineType type = StateMachineType.Standard) =>
        DefinitionValidator.Validate(json.Replace('\'', '"'), new ValidationOptions(type));

    internal static void AssertSingle(IReadOnlyList<Diagnostic> diagnostics, string code, string? location, string message)
    {
        var d = Assert.Single(diagnostics);
        Assert.Equal((code, location, message), (d.Code, d.Location, d.Message));
    }

    [Fact]
    public void Minimal_machine_is_valid() =>
        Assert.Empty(Validate("{'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}"));

    [Fact]
    public void Blank_text_is_not_an_object() =>
        AssertSingle(DefinitionValidator.Validate("  ", ValidationOptions.Standard), DiagnosticCodes.SchemaValidationFailed, null, "Definition must be a valid JSON object");

    [Fact]
    public void Array_is_not_an_object() =>
        AssertSingle(Validate("[]"), DiagnosticCodes.SchemaValidationFailed, null, "Definition must be a valid JSON object");

    [Fact]
    public void Bare_word_is_reported_like_jackson()
    {
        var d = Assert.Single(DefinitionValidator.Validate("not a definition", ValidationOptions.Standard));
        Assert.Equal(DiagnosticCodes.InvalidJsonDescription, d.Code);
        Assert.Equal("[Source: (String)\"not a definition\"; line: 1, column: 4]", d.Location);
        Assert.StartsWith("Unrecognized token 'not': was expecting", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_fields_are_listed_states_first() =>
        AssertSingle(Validate("{}"), DiagnosticCodes.SchemaValidationFailed, "/", "These fields are required: [States, StartAt]");

    [Fact]
    public void Unknown_top_level_field() =>
        AssertSingle(Validate("{'StartAt':'A','Foo':1,'States':{'A':{'Type':'Pass','End':true}}}"), DiagnosticCodes.SchemaValidationFailed, "/", "Field 'Foo' is not supported");

    [Fact]
    public void Query_language_must_be_known() =>
        AssertSingle(Validate("{'QueryLanguage':'XPath','StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}"), DiagnosticCodes.SchemaValidationFailed, "/QueryLanguage", "Value should be one of the following: [JSONPath, JSONata]");

    [Fact]
    public void Missing_start_target_and_unreachable_state()
    {
        var diagnostics = Validate("{'StartAt':'X','States':{'A':{'Type':'Pass','End':true}}}");
        Assert.Equal(
            ["MISSING_TRANSITION_TARGET at /StartAt: Missing 'Next' target: X", "MISSING_TRANSITION_TARGET at /States/A: State \"A\" is not reachable."],
            diagnostics.Select(d => d.ToString()));
        Assert.Equal(
            "Invalid State Machine Definition: 'MISSING_TRANSITION_TARGET: Missing 'Next' target: X at /StartAt, MISSING_TRANSITION_TARGET: State \"A\" is not reachable. at /States/A'",
            DefinitionValidator.FormatInvalidDefinitionMessage(diagnostics));
    }

    [Fact]
    public void Missing_next_target() =>
        AssertSingle(
            Validate("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'C':{'Type':'Succeed'}}}").Take(1).ToList(),
            DiagnosticCodes.MissingTransitionTarget,
            "/States/A/Next",
            "Missing 'Next' target: B");

    [Fact]
    public void Choice_and_catch_targets_make_states_reachable() =>
        Assert.Empty(Validate(
            "{'StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Variable':'$.x','IsPresent':true,'Next':'T'}],'Default':'F'}," +
            "'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Catch':[{'ErrorEquals':['States.ALL'],'Next':'F'}],'End':true},'F':{'Type':'Fail'}}}"));

    [Fact]
    public void Loop_without_end_has_no_terminal_state() =>
        AssertSingle(
            Validate("{'StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','Next':'A'}}}"),
            DiagnosticCodes.MissingEndState,
            "/",
            "No terminal state found in the state machine");

    [Fact]
    public void State_names_longer_than_80_characters_are_rejected()
    {
        var name = new string('a', 81);
        var d = Assert.Single(Validate("{'StartAt':'" + name + "','States':{'" + name + "':{'Type':'Pass','End':true}}}"));
        Assert.Equal((DiagnosticCodes.InvalidStateName, "/States/" + name), (d.Code, d.Location));
    }

    [Fact]
    public void Duplicate_state_names_across_branches()
    {
        var d = Assert.Single(Validate(
            "{'StartAt':'P','States':{'P':{'Type':'Parallel','End':true,'Branches':[" +
            "{'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}},{'StartAt':'A','States':{'A':{'Type':'Pass','End':true}}}]}}}"));
        Assert.Equal((DiagnosticCodes.DuplicateStateName, "/States/P/Branches/1/States/A"), (d.Code, d.Location));
    }

    [Fact]
    public void Invalid_definition_message_joins_errors() =>
        Assert.Equal(
            "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: These fields are required: [States] at /'",
            DefinitionValidator.FormatInvalidDefinitionMessage(Validate("{'Comment':'x','StartAt':'A'}")));
}
