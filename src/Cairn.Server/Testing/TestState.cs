using Cairn.Engine.Testing;
using Cairn.Server.Protocol;

namespace Cairn.Server.Testing;

/// <summary>
/// TestState: runs one state (or the named state of a definition) against an input, with mocked
/// task results (or, without a mock, the real integration it is given), through the engine's
/// <see cref="StateTester"/>. The request's members are
/// checked against AWS's constraints first; the tester's own rejections come back as AWS's errors.
/// </summary>
internal sealed class TestState(Engine.Tasks.ITaskHandler? tasks) : IApiAction
{

    private static readonly string[] InspectionLevels = ["INFO", "DEBUG", "TRACE"];
    private static readonly string[] ValidationModes = ["STRICT", "PRESENT", "NONE"];

    public string Name => "TestState";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var testRequest = Read(request);
        TestStateResponse response;
        try
        {
            var tester = new StateTester(new TestStateOptions { AccountId = request.Caller.AccountId, Region = request.Caller.Region, Tasks = tasks });
            response = tester.Test(testRequest);
        }
        catch (TestStateException e)
        {
            throw new ApiException(e.Code, e.Message);
        }

        return Task.FromResult<ApiResponse>(TestStateResponses.ToJson(response));
    }

    private static TestStateRequest Read(ApiRequest request)
    {
        var definition = request.OptionalPayload("definition", Asl.ServiceLimits.MaxDefinitionBytes) ?? throw ApiErrors.Missing("definition");
        ApiRequest.CheckLength("definition", definition, definition.Length, 1, int.MaxValue);
        var roleArn = request.OptionalString("roleArn", 1, 256);
        if (roleArn is not null)
        {
            Arns.CheckRole(roleArn);
        }

        var mock = request.OptionalObject("mock") is { } mockObject ? ReadMock(new ApiRequest(mockObject, request.Caller)) : null;
        var configuration = request.OptionalObject("stateConfiguration") is { } configurationObject
            ? ReadConfiguration(new ApiRequest(configurationObject, request.Caller))
            : null;
        return new TestStateRequest
        {
            Definition = definition,
            RoleArn = roleArn,
            Input = request.OptionalPayload("input", Asl.ServiceLimits.MaxPayloadBytes),
            InspectionLevel = Enum.Parse<InspectionLevel>(request.OptionalEnum("inspectionLevel", InspectionLevels) ?? nameof(InspectionLevel.INFO)),
            RevealSecrets = request.OptionalBool("revealSecrets") ?? false,
            Variables = request.OptionalPayload("variables", Asl.ServiceLimits.MaxPayloadBytes),
            StateName = request.OptionalString("stateName", 1, 80),
            Context = request.OptionalPayload("context", Asl.ServiceLimits.MaxPayloadBytes),
            Mock = mock,
            StateConfiguration = configuration,
        };
    }

    private static MockInput ReadMock(ApiRequest mock)
    {
        var errorOutput = mock.OptionalObject("errorOutput") is { } errorObject ? new ApiRequest(errorObject, mock.Caller) : null;
        return new MockInput
        {
            Result = mock.OptionalPayload("result", Asl.ServiceLimits.MaxPayloadBytes),
            ErrorOutput = errorOutput is null ? null : new MockErrorOutput
            {
                Error = errorOutput.OptionalString("error", 0, 256),
                Cause = errorOutput.OptionalString("cause", 0, 32768),
            },
            FieldValidationMode = Enum.Parse<MockResponseValidationMode>(mock.OptionalEnum("fieldValidationMode", ValidationModes) ?? nameof(MockResponseValidationMode.STRICT)),
        };
    }

    private static TestStateConfiguration ReadConfiguration(ApiRequest configuration) =>
        new()
        {
            RetrierRetryCount = configuration.OptionalInt("retrierRetryCount", 0, int.MaxValue),
            ErrorCausedByState = configuration.OptionalString("errorCausedByState", 1, 80),
            MapIterationFailureCount = configuration.OptionalInt("mapIterationFailureCount", 0, int.MaxValue),
            MapItemReaderData = configuration.OptionalPayload("mapItemReaderData", Asl.ServiceLimits.MaxPayloadBytes),
        };
}
