using System.Text.Json.Nodes;
using Cairn.Engine.Testing;
using Cairn.Server.Testing;

namespace Cairn.Conformance.Tests.InProcess;

/// <summary>The TestState action, answered by the engine's <see cref="StateTester"/>.</summary>
public sealed partial class InProcessStepFunctionsClient
{
    private JsonObject TestState(JsonObject p)
    {
        TestStateResponse response;
        try
        {
            response = _tester.Test(ToRequest(p));
        }
        catch (TestStateException e)
        {
            throw new StepFunctionsApiException(e.Code, e.Message);
        }

        return TestStateResponses.ToJson(response);
    }

    private static TestStateRequest ToRequest(JsonObject p)
    {
        var mock = p["mock"] as JsonObject;
        var errorOutput = mock?["errorOutput"] as JsonObject;
        var configuration = p["stateConfiguration"] as JsonObject;
        return new TestStateRequest
        {
            Definition = (string)p["definition"]!,
            RoleArn = (string?)p["roleArn"],
            Input = (string?)p["input"],
            InspectionLevel = Enum.Parse<InspectionLevel>((string?)p["inspectionLevel"] ?? nameof(InspectionLevel.INFO)),
            RevealSecrets = (bool?)p["revealSecrets"] ?? false,
            Variables = (string?)p["variables"],
            StateName = (string?)p["stateName"],
            Context = (string?)p["context"],
            Mock = mock is null ? null : new MockInput
            {
                Result = (string?)mock["result"],
                ErrorOutput = errorOutput is null ? null : new MockErrorOutput { Error = (string?)errorOutput["error"], Cause = (string?)errorOutput["cause"] },
                FieldValidationMode = Enum.Parse<MockResponseValidationMode>((string?)mock["fieldValidationMode"] ?? nameof(MockResponseValidationMode.STRICT)),
            },
            StateConfiguration = configuration is null ? null : new TestStateConfiguration
            {
                RetrierRetryCount = Int(configuration["retrierRetryCount"]),
                ErrorCausedByState = (string?)configuration["errorCausedByState"],
                MapIterationFailureCount = Int(configuration["mapIterationFailureCount"]),
                MapItemReaderData = (string?)configuration["mapItemReaderData"],
            },
        };
    }

    private static int? Int(JsonNode? node) => node is null ? null : int.Parse(node.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);
}
