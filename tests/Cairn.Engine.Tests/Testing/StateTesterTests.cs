using Cairn.Asl.Data;
using Cairn.Engine.Testing;
using Cairn.Json;

namespace Cairn.Engine.Tests.Testing;

public sealed class StateTesterTests
{
    private const string Role = "arn:aws:iam::123456789012:role/test";

    private static readonly StateTester Tester = new(new TestStateOptions { Entropy = new SeededEntropySource(1) });

    private static TestStateResponse Test(string definition, string? input = null, InspectionLevel level = InspectionLevel.DEBUG, MockInput? mock = null, TestStateConfiguration? configuration = null, string? stateName = null, string? variables = null, string? context = null) =>
        Tester.Test(new TestStateRequest
        {
            Definition = definition,
            Input = input,
            InspectionLevel = level,
            Mock = mock,
            StateConfiguration = configuration,
            StateName = stateName,
            Variables = variables,
            Context = context,
            RoleArn = Role,
        });

    private static TestStateException Rejected(Func<TestStateResponse> test) => Assert.Throws<TestStateException>(() => test());

    [Fact]
    public void PassStateReportsEachStepOfItsDataFlow()
    {
        var response = Test(
            """{"Type": "Pass", "InputPath": "$.a", "Parameters": {"x.$": "$.b"}, "ResultPath": "$.r", "Next": "After"}""",
            """{"a": {"b": [1, 2]}}""");

        Assert.Equal(TestExecutionStatus.SUCCEEDED, response.Status);
        Assert.Equal("After", response.NextState);
        Assert.Equal("""{"a": {"b": [1, 2]}, "r": {"x": [1, 2]}}""", response.Output);
        var data = response.InspectionData!;
        Assert.Equal("""{"a": {"b": [1, 2]}}""", data.Input);
        Assert.Equal("""{"b": [1, 2]}""", data.AfterInputPath);
        Assert.Equal("""{"x": [1, 2]}""", data.AfterParameters);
        Assert.Equal("""{"x": [1, 2]}""", data.AfterResultSelector);
        Assert.Null(data.Result);
    }

    [Fact]
    public void InfoLevelHasNoInspectionData()
    {
        var response = Test("""{"Type": "Pass", "End": true}""", "1", InspectionLevel.INFO);

        Assert.Null(response.InspectionData);
        Assert.Null(response.NextState);
        Assert.Equal("1", response.Output);
    }

    [Fact]
    public void ChoiceStateNamesTheStateItLeadsTo()
    {
        var response = Test(
            """{"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericGreaterThan": 5, "Next": "Big"}], "Default": "Small"}""",
            """{"n": 9}""");

        Assert.Equal("Big", response.NextState);
        Assert.Equal(TestExecutionStatus.SUCCEEDED, response.Status);
    }

    [Fact]
    public void ChoiceStateWithoutMatchFails()
    {
        var response = Test("""{"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "One"}]}""", """{"n": 2}""");

        Assert.Equal(TestExecutionStatus.FAILED, response.Status);
        Assert.Equal("States.NoChoiceMatched", response.Error);
    }

    [Fact]
    public void FailStateReportsItsErrorAndCause()
    {
        var response = Test("""{"Type": "Fail", "Error": "Oops", "Cause": "because"}""");

        Assert.Equal(TestExecutionStatus.FAILED, response.Status);
        Assert.Equal("Oops", response.Error);
        Assert.Equal("because", response.Cause);
        Assert.Null(response.Output);
    }

    [Fact]
    public void WaitStateDoesNotWait()
    {
        var response = Test("""{"Type": "Wait", "Seconds": 100000, "Next": "Later"}""", """{"k": 1}""");

        Assert.Equal(TestExecutionStatus.SUCCEEDED, response.Status);
        Assert.Equal("Later", response.NextState);
    }

    [Fact]
    public void MockedTaskResultGoesThroughResultSelectorAndResultPath()
    {
        var response = Test(
            """{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "f"}, "ResultSelector": {"p.$": "$.Payload"}, "ResultPath": "$.out", "End": true}""",
            """{"in": true}""",
            // The Lambda API's Payload is a blob, which a STRICT or PRESENT check wants as a string.
            mock: new MockInput { Result = """{"Payload": {"v": 1}, "StatusCode": 200}""", FieldValidationMode = MockResponseValidationMode.NONE });

        Assert.Equal("""{"in": true, "out": {"p": {"v": 1}}}""", response.Output);
        Assert.Equal("""{"FunctionName": "f"}""", response.InspectionData!.AfterParameters);
        Assert.Equal("""{"Payload": {"v": 1}, "StatusCode": 200}""", response.InspectionData.Result);
    }

    [Fact]
    public void RetriableErrorReportsTheRetrierAndItsInterval()
    {
        const string Definition = """{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": {}, "QueryLanguage": "JSONata", "Retry": [{"ErrorEquals": ["Other"]}, {"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "BackoffRate": 3, "MaxAttempts": 4}], "End": true}""";
        var response = Test(Definition, mock: new MockInput { ErrorOutput = new MockErrorOutput { Error = "Boom", Cause = "c" } }, configuration: new TestStateConfiguration { RetrierRetryCount = 2 });

        Assert.Equal(TestExecutionStatus.RETRIABLE, response.Status);
        Assert.Equal(1, response.InspectionData!.ErrorDetails!.RetryIndex);
        Assert.Equal(18, response.InspectionData.ErrorDetails.RetryBackoffIntervalSeconds);
        Assert.Equal("Boom", response.Error);
    }

    [Fact]
    public void ExhaustedRetrierLeavesTheErrorToTheCatchers()
    {
        const string Definition = """{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {}, "Retry": [{"ErrorEquals": ["Boom"], "MaxAttempts": 1}], "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Handle"}], "End": true}""";
        var response = Test(Definition, """{"a": 1}""", mock: new MockInput { ErrorOutput = new MockErrorOutput { Error = "Boom", Cause = "c" } }, configuration: new TestStateConfiguration { RetrierRetryCount = 1 });

        Assert.Equal(TestExecutionStatus.CAUGHT_ERROR, response.Status);
        Assert.Equal("Handle", response.NextState);
        Assert.Equal("""{"a": 1, "error": {"Error": "Boom", "Cause": "c"}}""", response.Output);
        Assert.Equal(0, response.InspectionData!.ErrorDetails!.RetryIndex);
        Assert.Equal(0, response.InspectionData.ErrorDetails.CatchIndex);
        Assert.Null(response.InspectionData.ErrorDetails.RetryBackoffIntervalSeconds);
    }

    [Fact]
    public void JsonataStateSeesTheVariablesAndReportsThemAfterAssign()
    {
        var response = Test(
            """{"QueryLanguage": "JSONata", "Type": "Pass", "Assign": {"total": "{% $states.input.n + $base %}"}, "Output": "{% $base %}", "End": true}""",
            """{"n": 2}""",
            variables: """{"base": 40}""");

        Assert.Equal("40", response.Output);
        Assert.Equal("""{"base": 40, "total": 42}""", response.InspectionData!.Variables);
        Assert.Null(response.InspectionData.AfterInputPath);
    }

    [Fact]
    public void ContextObjectOfTheRequestIsWhatPathsSee()
    {
        var response = Test(
            """{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"who.$": "$$.Execution.Name"}, "ResultSelector": {"r.$": "$"}, "End": true}""",
            mock: new MockInput { Result = "{}" },
            context: """{"Execution": {"Name": "given"}}""");

        Assert.Equal("""{"who": "given"}""", response.InspectionData!.AfterParameters);
    }

    [Fact]
    public void ContextObjectWithUnknownFieldsIsRejected()
    {
        var e = Rejected(() => Test("""{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}""", mock: new MockInput { Result = "{}" }, context: """{"Map": {}}"""));

        Assert.Equal(TestStateException.ValidationException, e.Code);
        Assert.Contains("'Map' field is not supported", e.Message);
    }

    [Fact]
    public void MapStateUsesTheMockAsItsResult()
    {
        var response = Test(
            """{"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 2, "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""",
            """{"items": [1, 2]}""",
            mock: new MockInput { Result = "[10, 20]" });

        Assert.Equal("[10, 20]", response.Output);
        Assert.Equal("[1, 2]", response.InspectionData!.AfterItemsPath);
        Assert.Equal(2, response.InspectionData.MaxConcurrency);
    }

    [Fact]
    public void MapIterationFailuresBeyondTheThresholdFailTheMap()
    {
        const string Definition = """{"Type": "Map", "ToleratedFailureCount": 1, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""";
        var response = Test(Definition, "[1, 2, 3]", mock: new MockInput { Result = "[0, 0, 1]" }, configuration: new TestStateConfiguration { MapIterationFailureCount = 2 });

        Assert.Equal(TestExecutionStatus.FAILED, response.Status);
        Assert.Equal("States.ExceedToleratedFailureThreshold", response.Error);
    }

    [Fact]
    public void MapAndParallelNeedAMock()
    {
        var e = Rejected(() => Test("""{"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}], "End": true}"""));

        Assert.Equal(TestStateException.InvalidDefinition, e.Code);
    }

    [Fact]
    public void ParallelMockNeedsOneResultPerBranch()
    {
        var e = Rejected(() => Test(
            """{"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}], "End": true}""",
            mock: new MockInput { Result = "[1, 2]" }));

        Assert.Equal("Mocked result must contain the same number of items as number of Parallel branches.", e.Message);
    }

    [Fact]
    public void PassStateTakesNoMock()
    {
        var e = Rejected(() => Test("""{"Type": "Pass", "End": true}""", mock: new MockInput { Result = "{}" }));

        Assert.Equal("State type 'Pass' is not supported when a mock is specified", e.Message);
    }

    [Fact]
    public void TaskWithoutMockIsNotRunInProcess()
    {
        var e = Rejected(() => Test("""{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}"""));

        Assert.Equal(TestStateException.UnsupportedOperation, e.Code);
    }

    [Fact]
    public void StrictModeRequiresTheRequiredFieldsOfTheResponseShape()
    {
        const string Definition = """{"Type": "Task", "Resource": "arn:aws:states:::states:startExecution", "Parameters": {}, "End": true}""";

        var strict = Rejected(() => Test(Definition, mock: new MockInput { Result = """{"StartDate": "2024-01-01T00:00:00Z"}""" }));
        var present = Test(Definition, mock: new MockInput { Result = """{"StartDate": "2024-01-01T00:00:00Z"}""", FieldValidationMode = MockResponseValidationMode.PRESENT });
        var wrongType = Rejected(() => Test(Definition, mock: new MockInput { Result = """{"ExecutionArn": 1}""", FieldValidationMode = MockResponseValidationMode.PRESENT }));
        var none = Test(Definition, mock: new MockInput { Result = """{"ExecutionArn": 1}""", FieldValidationMode = MockResponseValidationMode.NONE });

        Assert.Equal("Mock result schema validation error: Required field 'ExecutionArn' is missing", strict.Message);
        Assert.Equal(TestExecutionStatus.SUCCEEDED, present.Status);
        Assert.Equal("Mock result schema validation error: Field 'ExecutionArn' must be a string", wrongType.Message);
        Assert.Equal(TestExecutionStatus.SUCCEEDED, none.Status);
    }

    [Fact]
    public void StateNameSelectsAStateOfTheDefinitionNestedOnesIncluded()
    {
        const string Definition = """{"StartAt": "M", "States": {"M": {"Type": "Map", "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "Result": "x", "End": true}}}, "End": true}}}""";

        var response = Test(Definition, stateName: "Inner");
        var missing = Rejected(() => Test(Definition, stateName: "Nope"));

        Assert.Equal("\"x\"", response.Output);
        Assert.Equal("State not found in definition", missing.Message);
    }

    [Fact]
    public void InvalidStateDefinitionIsAnInvalidDefinition()
    {
        var e = Rejected(() => Test("""{"Type": "Pass", "InputPath": 5, "End": true}"""));

        Assert.Equal(TestStateException.InvalidDefinition, e.Code);
    }

    [Fact]
    public void JsonTextHasASpaceAfterSeparators()
    {
        Assert.Equal("""{"a": [1, "b", null], "c": {}}""", TestStateJson.Write(JValue.Parse("""{"a":[1,"b",null],"c":{}}""")));
    }
}
