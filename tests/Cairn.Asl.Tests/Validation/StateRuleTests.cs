using Cairn.Asl.Validation;
using static Cairn.Asl.Tests.Validation.DefinitionValidatorTests;

namespace Cairn.Asl.Tests.Validation;

/// <summary>Per state type rules, in both query languages.</summary>
public sealed class StateRuleTests
{
    private const string Schema = DiagnosticCodes.SchemaValidationFailed;

    /// <summary>A machine of state S (under test) and E, a Succeed state that S may transition to.</summary>
    private static IReadOnlyList<Diagnostic> One(string state, string? queryLanguage = null, StateMachineType type = StateMachineType.Standard) =>
        Validate(
            "{" + (queryLanguage is null ? "" : $"'QueryLanguage':'{queryLanguage}',") + "'StartAt':'S','States':{'S':" + state + ",'E':{'Type':'Succeed'}}}",
            type).Where(d => d.Message != "State \"E\" is not reachable.").ToList();

    [Fact]
    public void Type_is_required() => AssertSingle(One("{'End':true}"), Schema, "/States/S", "These fields are required: [Type]");

    [Fact]
    public void Type_must_be_known() =>
        AssertSingle(One("{'Type':'Sleep','End':true}"), Schema, "/States/S/Type", "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]");

    [Fact]
    public void Next_and_end_together() =>
        AssertSingle(One("{'Type':'Pass','Next':'E','End':true}"), Schema, "/States/S", "There should only be one of the following fields: [Next, End]");

    [Fact]
    public void Neither_next_nor_end() =>
        AssertSingle(One("{'Type':'Pass'}"), Schema, "/States/S", "This object should have only one of the following fields: [Next, End]");

    [Fact]
    public void Succeed_takes_no_end() => AssertSingle(One("{'Type':'Succeed','End':true}"), Schema, "/States/S", "Field 'End' is not supported");

    [Fact]
    public void Jsonpath_fields_are_rejected_in_jsonata_states() =>
        AssertSingle(One("{'Type':'Pass','InputPath':'$.a','End':true}", "JSONata"), Schema, "/States/S", "Field 'InputPath' is not supported");

    [Fact]
    public void Jsonata_fields_are_rejected_in_jsonpath_states() =>
        AssertSingle(One("{'Type':'Pass','Output':{},'End':true}"), Schema, "/States/S", "Field 'Output' is not supported");

    [Fact]
    public void State_level_query_language_overrides_the_machine() =>
        Assert.Empty(One("{'Type':'Pass','QueryLanguage':'JSONata','Output':'{% $states.input %}','End':true}"));

    [Fact]
    public void Result_path_must_be_a_reference_path() =>
        AssertSingle(One("{'Type':'Pass','ResultPath':'$.a[*]','End':true}"), Schema, "/States/S/ResultPath", "The value for the field 'ResultPath' must be a valid ReferencePath");

    [Fact]
    public void Null_paths_are_allowed() =>
        Assert.Empty(One("{'Type':'Pass','InputPath':null,'ResultPath':null,'OutputPath':null,'End':true}"));

    [Fact]
    public void Template_values_must_be_paths_or_intrinsics()
    {
        AssertSingle(
            One("{'Type':'Pass','Parameters':{'a':{'b.$':'not a path'}},'End':true}"),
            Schema,
            "/States/S/Parameters",
            "The value for the field 'b.$' must be a valid JSONPath or a valid intrinsic function call");
        const string valid = """
            {"StartAt":"S","States":{"S":{"Type":"Pass","End":true,
              "Parameters":{"a.$":"States.Format('{}', $.x)","b.$":"$$.Execution.Id","c":[{"d.$":"$.d"}]}}}}
            """;
        Assert.Empty(DefinitionValidator.Validate(valid, ValidationOptions.Standard));
    }

    [Fact]
    public void Wait_needs_exactly_one_timing()
    {
        AssertSingle(One("{'Type':'Wait','End':true}"), Schema, "/States/S", "This object should have only one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]");
        AssertSingle(One("{'Type':'Wait','Seconds':1,'SecondsPath':'$.s','End':true}"), Schema, "/States/S", "There should only be one of the following fields: [SecondsPath, Seconds, TimestampPath, Timestamp]");
    }

    [Theory]
    [InlineData("2016-13-05T21:29:29Z")]
    [InlineData("2016-12-05 21:29:29Z")]
    [InlineData("2016-12-05T21:29:29")]
    [InlineData("{% '2016-03-14T01:59:00Z' %}")]
    public void Wait_timestamp_must_be_rfc3339(string timestamp) =>
        AssertSingle(One("{'Type':'Wait','Timestamp':'" + timestamp.Replace("'", "\\'") + "','End':true}"), Schema, "/States/S/Timestamp", "String does not match RFC3339 timestamp");

    [Fact]
    public void Jsonata_wait_timestamp_may_be_an_expression() =>
        Assert.Empty(One("{'Type':'Wait','Timestamp':'{% $states.input.t %}','End':true}", "JSONata"));

    [Fact]
    public void Fail_error_and_error_path_are_exclusive() =>
        AssertSingle(One("{'Type':'Fail','Error':'E','ErrorPath':'$.e'}"), Schema, "/States/S", "There should only be one of the following fields: [Error, ErrorPath]");

    [Fact]
    public void Task_needs_a_resource() => AssertSingle(One("{'Type':'Task','End':true}"), Schema, "/States/S", "These fields are required: [Resource]");

    [Fact]
    public void Task_timeout_must_be_positive() =>
        AssertSingle(One("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','TimeoutSeconds':0,'End':true}"), Schema, "/States/S/TimeoutSeconds", "Minimum value is 1");

    [Theory]
    [InlineData("arn:aws:states:::glue:startJobRun.waitForTaskToken")]
    [InlineData("arn:aws:states:::batch:submitJob.waitForTaskToken")]
    [InlineData("arn:aws:states:::athena:getQueryResults.sync")]
    [InlineData("arn:aws:states:::sagemaker:createModel.sync")]
    [InlineData("arn:aws:states:::dynamodb:putItem.waitForTaskToken")]
    public void Optimized_integration_patterns_AWS_does_not_offer(string resource) =>
        AssertSingle(
            One($"{{'Type':'Task','Resource':'{resource}','End':true}}"),
            Schema,
            "/States/S/Resource",
            $"The resource provided {resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.");

    [Theory]
    [InlineData("arn:aws:states:::athena:startQueryExecution.sync")]
    [InlineData("arn:aws:states:::ecs:runTask.waitForTaskToken")]
    [InlineData("arn:aws:states:::sagemaker:createTrainingJob.sync")]
    [InlineData("arn:aws:states:::elasticmapreduce:addStep.sync")]
    [InlineData("arn:aws:states:::events:putEvents.waitForTaskToken")]
    [InlineData("arn:aws:states:::aws-sdk:s3:getObject")]
    public void Optimized_integration_patterns_AWS_offers(string resource) =>
        Assert.Empty(One($"{{'Type':'Task','Resource':'{resource}','End':true}}"));

    [Fact]
    public void Unknown_optimized_integration_api() =>
        AssertSingle(
            One("{'Type':'Task','Resource':'arn:aws:states:::dynamodb:query','End':true}"),
            Schema,
            "/States/S/Resource",
            "The resource provided arn:aws:states:::dynamodb:query is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.");

    [Theory]
    [InlineData("arn:aws:states:::sqs:sendMessage.waitForTaskToken", "Express state machine does not support '.waitForTaskToken' service integration ")]
    [InlineData("arn:aws:states:::states:startExecution.sync", "Express state machine does not support '.sync' service integration ")]
    [InlineData("arn:aws:states:us-east-1:111111111111:activity:a", "Express state machine does not support Activity ARN")]
    public void Express_rejects_waiting_integrations(string resource, string message)
    {
        var state = "{'Type':'Task','Resource':'" + resource + "','End':true}";
        AssertSingle(One(state, type: StateMachineType.Express), Schema, "/States/S/Resource", message);
        Assert.Empty(One(state));
    }

    [Fact]
    public void Credentials_need_a_role() =>
        AssertSingle(
            One("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','Credentials':{'Other':1},'End':true}", "JSONata"),
            Schema,
            "/States/S/Credentials",
            "The field 'RoleArn' is required but was missing");

    [Fact]
    public void Retry_rules()
    {
        const string task = "{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Retry':[RETRY]}";
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':[]}")), Schema, "/States/S/Retry/0/ErrorEquals", "Value cannot be empty");
        AssertSingle(One(task.Replace("RETRY", "{'IntervalSeconds':1}")), Schema, "/States/S/Retry/0", "These fields are required: [ErrorEquals]");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['E'],'BackoffRate':0.5}")), Schema, "/States/S/Retry/0/BackoffRate", "Minimum value is 1");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['E'],'MaxAttempts':-1}")), Schema, "/States/S/Retry/0/MaxAttempts", "Minimum value is 0");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['E'],'IntervalSeconds':0}")), Schema, "/States/S/Retry/0/IntervalSeconds", "Minimum value is 1");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['E'],'JitterStrategy':'HALF'}")), Schema, "/States/S/Retry/0/JitterStrategy", "Value should be one of the following: [FULL, NONE]");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['States.ALL']},{'ErrorEquals':['E']}")), Schema, "/States/S/Retry/0/ErrorEquals", "States.ALL must appear alone and at end of list");
        AssertSingle(One(task.Replace("RETRY", "{'ErrorEquals':['E','States.ALL']}")), Schema, "/States/S/Retry/0/ErrorEquals", "States.ALL must appear alone and at end of list");
    }

    [Fact]
    public void Catch_needs_error_equals_and_next() =>
        AssertSingle(
            One("{'Type':'Task','Resource':'arn:aws:states:::lambda:invoke','End':true,'Catch':[{}]}"),
            Schema,
            "/States/S/Catch/0",
            "These fields are required: [ErrorEquals, Next]");

    [Fact]
    public void Choice_rules()
    {
        const string choice = "{'Type':'Choice','Choices':[RULE],'Default':'E'}";
        AssertSingle(One("{'Type':'Choice','Choices':[]}"), Schema, "/States/S/Choices", "Value cannot be empty");
        AssertSingle(One(choice.Replace("RULE", "{'Variable':'$.x','IsNull':true}")), Schema, "/States/S/Choices/0", "These fields are required: [Next]");
        AssertSingle(One(choice.Replace("RULE", "{'Not':{'Variable':'$.x','IsNull':true,'Next':'E'},'Next':'E'}")), Schema, "/States/S/Choices/0/Not", "Field 'Next' is not supported");
        AssertSingle(One(choice.Replace("RULE", "{'Variable':'$.x','NumericEquals':'1','Next':'E'}")), Schema, "/States/S/Choices/0/NumericEquals", "Expected value of type Number");
        Assert.Single(One(choice.Replace("RULE", "{'Variable':'$.x','IsNull':true,'IsPresent':true,'Next':'E'}")));
        Assert.Empty(One(choice.Replace("RULE", "{'And':[{'Variable':'$.x','IsPresent':true},{'Not':{'Variable':'$.y','StringMatches':'a*'}}],'Next':'E'}")));
        Assert.Empty(One(choice.Replace("RULE", "{'Condition':'{% $states.input.x %}','Next':'E'}"), "JSONata"));
    }

    [Fact]
    public void Parallel_branches_are_validated_recursively() =>
        AssertSingle(
            One("{'Type':'Parallel','End':true,'Branches':[{'StartAt':'A','States':{'A':{'Type':'Pass'}}}]}"),
            Schema,
            "/States/S/Branches/0/States/A",
            "This object should have only one of the following fields: [Next, End]");

    [Fact]
    public void Map_needs_a_processor() =>
        AssertSingle(One("{'Type':'Map','End':true}"), Schema, "/States/S", "This object should have only one of the following fields: [ItemProcessor, Iterator]");

    [Fact]
    public void Map_processor_mode_must_be_known() =>
        AssertSingle(
            One("{'Type':'Map','End':true,'ItemProcessor':{'ProcessorConfig':{'Mode':'FAST'},'StartAt':'A','States':{'A':{'Type':'Succeed'}}}}"),
            Schema,
            "/States/S/ItemProcessor/ProcessorConfig/Mode",
            "Value should be one of the following: [INLINE, DISTRIBUTED]");

    [Fact]
    public void Legacy_iterator_and_parameters_are_accepted() =>
        Assert.Empty(One("{'Type':'Map','End':true,'ItemsPath':'$.items','Parameters':{'i.$':'$$.Map.Item.Value'},'MaxConcurrency':1,'Iterator':{'StartAt':'A','States':{'A':{'Type':'Succeed'}}}}"));

    [Theory]
    [InlineData("", "Label cannot be empty")]
    [InlineData("label_#", "Label contains invalid character: '#'")]
    [InlineData("12345678901234567890123456789012345678901", "Label cannot exceed 40 characters")]
    public void Map_label_rules(string label, string message) =>
        AssertSingle(
            One("{'Type':'Map','End':true,'Label':'" + label + "','ItemProcessor':{'ProcessorConfig':{'Mode':'DISTRIBUTED','ExecutionType':'STANDARD'},'StartAt':'A','States':{'A':{'Type':'Succeed'}}}}"),
            DiagnosticCodes.InvalidLabelName,
            "/States/S/Label",
            message);
}
