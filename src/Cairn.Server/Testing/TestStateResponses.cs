using System.Globalization;
using System.Text.Json.Nodes;
using Cairn.Engine.Testing;

namespace Cairn.Server.Testing;

/// <summary>A TestState response as the API sends it (members in AWS's order; absent values left out).</summary>
public static class TestStateResponses
{
    public static JsonObject ToJson(TestStateResponse response)
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
            // A float, written as AWS writes it: always with a fraction ("1.0"), which a reader
            // keeps apart from an integer.
            var text = percentage.ToString(CultureInfo.InvariantCulture);
            json["toleratedFailurePercentage"] = JsonNode.Parse(text.Contains('.') || text.Contains('E') ? text : text + ".0");
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
