using System.Text.Json.Nodes;
using Cairn.Engine.Testing;

namespace Cairn.Conformance.Tests.InProcess;

/// <summary>The TestState action, answered by the engine's <see cref="StateTester"/>.</summary>
public sealed partial class InProcessStepFunctionsClient
{
    private static readonly StateTester Tester = new(new TestStateOptions { AccountId = Account, Region = Region });

    private static JsonObject TestState(JsonObject p)
    {
        TestStateResponse response;
        try
        {
            response = Tester.Test(ToRequest(p));
        }
        catch (TestStateException e)
        {
            throw new StepFunctionsApiException(e.Code, e.Message);
        }

        return ToJson(response);
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

    private static JsonObject ToJson(TestStateResponse response)
    {
        var json = new JsonObject();
        Add(json, "output", response.Output);
        Add(json, "error", response.Error);
        Add(json, "cause", response.Cause);
        if (response.InspectionData is { } data)
        {
            json["inspectionData"] = ToJson(data);
        }

        Add(json, "nextState", response.NextState);
        json["status"] = response.Status.ToString();
        return json;
    }

    private static JsonObject ToJson(InspectionData data)
    {
        var json = new JsonObject();
        Add(json, "input", data.Input);
        Add(json, "afterArguments", data.AfterArguments);
        Add(json, "afterInputPath", data.AfterInputPath);
        Add(json, "afterParameters", data.AfterParameters);
        Add(json, "result", data.Result);
        Add(json, "afterResultSelector", data.AfterResultSelector);
        Add(json, "afterResultPath", data.AfterResultPath);
        Add(json, "variables", data.Variables);
        if (data.ErrorDetails is { } details)
        {
            var errorDetails = new JsonObject();
            Add(errorDetails, "catchIndex", details.CatchIndex);
            Add(errorDetails, "retryIndex", details.RetryIndex);
            Add(errorDetails, "retryBackoffIntervalSeconds", details.RetryBackoffIntervalSeconds);
            json["errorDetails"] = errorDetails;
        }

        Add(json, "afterItemsPath", data.AfterItemsPath);
        Add(json, "afterItemSelector", data.AfterItemSelector);
        Add(json, "afterItemBatcher", data.AfterItemBatcher);
        Add(json, "afterItemsPointer", data.AfterItemsPointer);
        Add(json, "toleratedFailureCount", data.ToleratedFailureCount);
        if (data.ToleratedFailurePercentage is { } percentage)
        {
            json["toleratedFailurePercentage"] = (double)percentage;
        }

        Add(json, "maxConcurrency", data.MaxConcurrency);
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    private static void Add(JsonObject json, string name, int? value)
    {
        if (value is not null)
        {
            json[name] = value.Value;
        }
    }
}
