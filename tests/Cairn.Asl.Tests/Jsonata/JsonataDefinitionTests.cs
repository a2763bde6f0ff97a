using Cairn.Asl.Choice;
using Cairn.Asl.Model;
using Cairn.Asl.Parsing;
using Cairn.Asl.Validation;
using Cairn.Json;
using static Cairn.Asl.Tests.Jsonata.JsonataTestKit;
using static Cairn.Asl.Tests.Validation.DefinitionValidatorTests;

namespace Cairn.Asl.Tests.Jsonata;

/// <summary>JSONata states parsed into the model and validated as AWS does.</summary>
public sealed class JsonataDefinitionTests
{
    private const string Schema = DiagnosticCodes.SchemaValidationFailed;

    private static StateMachine Parse(string json) => DefinitionParser.Parse((JObject)JValue.Parse(json.Replace('\'', '"')));

    [Fact]
    public void Query_language_is_inherited_and_overridden()
    {
        var machine = Parse("{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','Next':'B'},'B':{'Type':'Pass','QueryLanguage':'JSONPath','End':true}}}");
        Assert.Equal(QueryLanguage.JSONata, machine.States["A"].QueryLanguage);
        Assert.NotNull(machine.States["A"].Jsonata);
        Assert.Equal(QueryLanguage.JSONPath, machine.States["B"].QueryLanguage);
        Assert.Null(machine.States["B"].Jsonata);
    }

    [Fact]
    public void Task_fields_are_compiled()
    {
        var machine = Parse(
            "{'QueryLanguage':'JSONata','StartAt':'T','States':{'T':{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke'," +
            "'Arguments':{'Payload':'{% $states.input %}'},'Output':'{% $states.result.Payload %}','Assign':{'n':'{% 1 %}'}," +
            "'TimeoutSeconds':'{% 5 %}','HeartbeatSeconds':2," +
            "'Catch':[{'ErrorEquals':['States.ALL'],'Output':'{% $states.errorOutput %}','Next':'T'}],'End':true}}}");
        var task = (TaskState)machine.States["T"];
        Assert.Equal("Arguments", task.Jsonata!.Arguments!.Field);
        Assert.Equal("$states.result.Payload", task.Jsonata.Output!.Query!.Text);
        Assert.Equal("Assign", task.Jsonata.Assign!.Field);
        Assert.Equal("5", task.TimeoutSeconds!.Query!.Text);
        Assert.Equal(2, ((JNumber)task.HeartbeatSeconds!.Literal!).IntegerValue);
        Assert.Equal("Catch[0]/Output", task.ErrorHandling.Catch[0].Jsonata!.Output!.Field);
    }

    [Fact]
    public void Choice_conditions_are_rules()
    {
        var machine = Parse(
            "{'QueryLanguage':'JSONata','StartAt':'C','States':{'C':{'Type':'Choice','Choices':[" +
            "{'Condition':'{% $states.input.n > 1 %}','Output':'big','Next':'E'},{'Condition':true,'Next':'E'}]},'E':{'Type':'Succeed'}}}");
        var choice = (ChoiceState)machine.States["C"];
        var rule = Assert.IsType<JsonataConditionRule>(choice.Choices[0].Rule);
        Assert.True(rule.Evaluate(JValue.Parse("{\"n\":2}"), Scope()));
        Assert.False(rule.Evaluate(JValue.Parse("{\"n\":0}"), Scope()));
        Assert.True(choice.Choices[1].Rule.Evaluate(JObject.Empty, Scope()));
        Assert.Equal("Choices[0]/Output", choice.Choices[0].Jsonata!.Output!.Field);
    }

    [Fact]
    public void A_condition_must_be_boolean()
    {
        var machine = Parse("{'QueryLanguage':'JSONata','StartAt':'C','States':{'C':{'Type':'Choice','Choices':[{'Condition':'{% $states.input.n %}','Next':'E'}]},'E':{'Type':'Succeed'}}}");
        var rule = ((ChoiceState)machine.States["C"]).Choices[0].Rule;
        var e = Assert.Throws<StatesException>(() => rule.Evaluate(JValue.Parse("{\"n\":\"yes\"}"), Scope()));
        Assert.Equal(
            "The JSONata expression '$states.input.n' specified for the field 'Choices[0]/Condition' returned an unexpected result type. Expected 'boolean', but was 'string' for value: \"yes\"",
            e.Cause);
    }

    [Fact]
    public void Map_items_and_selector_are_compiled()
    {
        var machine = Parse(
            "{'QueryLanguage':'JSONata','StartAt':'M','States':{'M':{'Type':'Map','Items':'{% $states.input.list %}','ItemSelector':{'v':'{% $states.context.Map.Item.Value %}'}," +
            "'MaxConcurrency':'{% 2 %}','ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}}}");
        var map = (MapState)machine.States["M"];
        Assert.Equal("Items", map.Configuration.Items!.Field);
        Assert.Equal("ItemSelector", map.Configuration.JsonataItemSelector!.Field);
        Assert.Null(map.Configuration.ItemSelector);
        Assert.Null(map.Configuration.ItemsPath);
        Assert.NotNull(map.Configuration.MaxConcurrency!.Query);
        Assert.Equal(QueryLanguage.JSONata, map.ItemProcessor.States["P"].QueryLanguage);
    }

    [Fact]
    public void Wait_and_fail_fields_take_expressions()
    {
        var machine = Parse(
            "{'QueryLanguage':'JSONata','StartAt':'W','States':{'W':{'Type':'Wait','Seconds':'{% $states.input.s %}','Next':'F'}," +
            "'F':{'Type':'Fail','Error':'{% $states.input.e %}','Cause':'literal'}}}");
        Assert.Equal("Seconds", ((WaitState)machine.States["W"]).Seconds!.FieldName);
        var fail = (FailState)machine.States["F"];
        Assert.Equal("3", fail.Error!.Resolve(JValue.Parse("{\"e\":3}"), Scope()).ToJson());
        Assert.Equal("\"literal\"", fail.Cause!.Resolve(JObject.Empty, Scope()).ToJson());
    }

    [Fact]
    public void Invalid_jsonata_fails_parsing_at_the_field()
    {
        var e = Assert.Throws<DefinitionException>(() => Parse("{'QueryLanguage':'JSONata','StartAt':'A','States':{'A':{'Type':'Pass','Output':{'x':'{% ( %}'},'End':true}}}"));
        Assert.Equal("/States/A/Output", Assert.Single(e.Diagnostics).Location);
    }

    [Theory]
    [InlineData("{'Type':'Pass','Output':{'a':'{% $states.input. %}'},'End':true}", "/States/S/Output", "The value for the field 'Output' must be a valid JSONata expression")]
    [InlineData("{'Type':'Pass','Assign':{'a':'{% 1 +'},'End':true}", "/States/S/Assign", "The value for the field 'Assign' must be a valid JSONata expression")]
    [InlineData("{'Type':'Wait','Seconds':'{% ) %}','End':true}", "/States/S/Seconds", "The value for the field 'Seconds' must be a valid JSONata expression")]
    [InlineData("{'Type':'Fail','Cause':'{% [ %}'}", "/States/S/Cause", "The value for the field 'Cause' must be a valid JSONata expression")]
    [InlineData("{'Type':'Map','Items':'{% ] %}','ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}", "/States/S/Items", "The value for the field 'Items' must be a valid JSONata expression")]
    [InlineData("{'Type':'Choice','Choices':[{'Condition':'{% = %}','Next':'E'}]}", "/States/S/Choices/0/Condition", "The value for the field 'Condition' must be a valid JSONata expression")]
    public void Jsonata_syntax_is_checked(string state, string location, string message) =>
        AssertSingle(OneJsonata(state), Schema, location, message);

    [Theory]
    [InlineData("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Parameters':{},'End':true}", "Parameters")]
    [InlineData("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','ResultSelector':{},'End':true}", "ResultSelector")]
    [InlineData("{'Type':'Wait','SecondsPath':'$.s','End':true}", "SecondsPath")]
    [InlineData("{'Type':'Map','ItemsPath':'$.a','ItemProcessor':{'StartAt':'P','States':{'P':{'Type':'Pass','End':true}}},'End':true}", "ItemsPath")]
    [InlineData("{'Type':'Pass','Result':1,'End':true}", "Result")]
    public void Jsonpath_fields_are_not_supported(string state, string field)
    {
        var diagnostics = OneJsonata(state);
        Assert.Contains(diagnostics, d => d.Location == "/States/S" && d.Message == $"Field '{field}' is not supported");
    }

    [Fact]
    public void A_valid_jsonata_machine_has_no_diagnostics() =>
        Assert.Empty(OneJsonata(
            "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Arguments':{'a':'{% $states.input %}'},'Output':'{% $states.result %}'," +
            "'TimeoutSeconds':'{% 3 %}','Catch':[{'ErrorEquals':['States.ALL'],'Output':'{% $states.errorOutput %}','Next':'E'}],'End':true}"));

    private static IReadOnlyList<Diagnostic> OneJsonata(string state) =>
        Validate("{'QueryLanguage':'JSONata','StartAt':'S','States':{'S':" + state + ",'E':{'Type':'Succeed'}}}")
            .Where(d => d.Message != "State \"E\" is not reachable.").ToList();
}
