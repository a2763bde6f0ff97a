using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;
using Cairn.Conformance.Tests.Replay;

namespace Cairn.Conformance.Tests.Fakes;

/// <summary>
/// A stand-in implementation that answers from one unit's recorded data, to run the harness end to end without an
/// engine: a call matched by a recorded API error throws it, a call matched by a recorded response returns that
/// snapshot (only meaningful where normalisation leaves the response unchanged, e.g. validation results), and
/// CreateStateMachine returns the recorded ARN.
/// </summary>
public sealed class RecordedAnswerFakeClient : IStepFunctionsClient
{
    private readonly ConformanceUnit _unit;
    private readonly List<ReplayStep> _calls;
    private int _next;

    public RecordedAnswerFakeClient(ConformanceUnit unit)
    {
        _unit = unit;
        _calls = unit.Steps().Where(s => s.Service == "stepfunctions").ToList();
    }

    public JsonObject Call(string operation, JsonObject parameters)
    {
        if (operation == "DescribeExecution" && (_next >= _calls.Count || _calls[_next].Operation != operation))
        {
            // Polled by the await fixture.
            return new JsonObject { ["status"] = "SUCCEEDED" };
        }

        var step = _calls[_next++];
        foreach (var match in Matches().Where(m => (int?)m["from_step"] == step.Index))
        {
            var snapshot = match["snapshot_whole_key"] ?? match["snapshot"];
            switch ((string?)match["kind"])
            {
                case "error_response":
                    throw new StepFunctionsApiException((string)snapshot!["Error"]!["Code"]!, (string)snapshot["Error"]!["Message"]!);
                case "embedded_error":
                    var value = (string)snapshot!["exception_value"]!;
                    var code = value[(value.IndexOf('(') + 1)..value.IndexOf(')')];
                    throw new StepFunctionsApiException(code, value[(value.IndexOf("operation: ", StringComparison.Ordinal) + "operation: ".Length)..]);
                case "response":
                    var body = (JsonObject)snapshot!.DeepClone();
                    body.Remove("ResponseMetadata");
                    return body;
            }
        }

        return operation == "CreateStateMachine"
            ? new JsonObject
            {
                ["stateMachineArn"] = $"arn:aws:states:us-east-1:{StandardTransformers.RecordedAccountId}:stateMachine:{(string?)parameters["name"]}",
                ["creationDate"] = 1_700_000_000.123,
            }
            : [];
    }

    private IEnumerable<JsonObject> Matches() =>
        (_unit.Expected["matches"] as JsonArray ?? []).Select(m => (JsonObject)m!)
        .Concat(RecordedApiSequenceMatches());

    private IEnumerable<JsonObject> RecordedApiSequenceMatches()
    {
        var snapshot = _unit.Expected["snapshot"] as JsonObject;
        foreach (var node in _unit.Case["matches"] as JsonArray ?? [])
        {
            var match = (JsonObject)node!.DeepClone();
            match["snapshot"] = snapshot?[(string)match["key"]!]?.DeepClone();
            yield return match;
        }
    }

}
