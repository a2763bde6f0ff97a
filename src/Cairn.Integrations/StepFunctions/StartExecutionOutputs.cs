using System.Globalization;
using System.Text;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Integrations.StepFunctions;

/// <summary>
/// What the StartExecution integration answers, shaped as AWS answers it: the optimized
/// integration reports the service's HTTP response (ExecutionArn and StartDate with the SDK's
/// HTTP metadata), and <c>.sync</c> / <c>.sync:2</c> report the ended execution as
/// DescribeExecution describes it (members capitalised, dates in epoch milliseconds).
/// </summary>
internal static class StartExecutionOutputs
{
    private const string ContentType = "application/x-amz-json-1.0";

    /// <summary>The optimized integration's answer to StartExecution.</summary>
    public static JObject Started(ExecutionRecord execution, string requestId, DateTimeOffset responseDate)
    {
        var length = Encoding.UTF8.GetByteCount(StartExecutionBody(execution)).ToString(CultureInfo.InvariantCulture);
        var date = responseDate.ToString("r", CultureInfo.InvariantCulture);
        var allHeaders = JObject.Create(
            ("x-amzn-RequestId", JArray.Create([new JString(requestId)])),
            ("connection", JArray.Create([new JString("keep-alive")])),
            ("Content-Length", JArray.Create([new JString(length)])),
            ("Date", JArray.Create([new JString(date)])),
            ("Content-Type", JArray.Create([new JString(ContentType)])));
        var headers = JObject.Create(
            ("connection", new JString("keep-alive")),
            ("Content-Length", new JString(length)),
            ("Content-Type", new JString(ContentType)),
            ("Date", new JString(date)),
            ("x-amzn-RequestId", new JString(requestId)));
        return JObject.Create(
            ("ExecutionArn", new JString(execution.ExecutionArn)),
            ("SdkHttpMetadata", JObject.Create(("AllHttpHeaders", allHeaders), ("HttpHeaders", headers), ("HttpStatusCode", JNumber.From(200)))),
            ("SdkResponseMetadata", JObject.Create(("RequestId", new JString(requestId)))),
            ("StartDate", EpochMilliseconds(execution.StartDate)));
    }

    /// <summary>The SDK integration's answer to StartExecution (timestamps in ISO 8601).</summary>
    public static JObject StartedBySdk(ExecutionRecord execution) =>
        JObject.Create(
            ("ExecutionArn", new JString(execution.ExecutionArn)),
            ("StartDate", new JString(execution.StartDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))));

    /// <summary>
    /// An ended execution as <c>.sync</c> (<paramref name="json"/> false: Input and Output as
    /// JSON text) or <c>.sync:2</c> (as JSON) reports it: the task's result when it succeeded,
    /// the cause of States.TaskFailed otherwise.
    /// </summary>
    public static JObject Ended(ExecutionRecord execution, bool json)
    {
        // Members in AWS's (alphabetical) order.
        var b = new JObjectBuilder(16);
        if (execution.Cause is { } cause)
        {
            b.Set("Cause", new JString(cause));
        }

        if (execution.Error is { } error)
        {
            b.Set("Error", new JString(error));
        }

        b.Set("ExecutionArn", new JString(execution.ExecutionArn));
        b.Set("Input", Payload(execution.InputText, json));
        b.Set("InputDetails", JObject.Create(("Included", JBool.True)));
        b.Set("Name", new JString(execution.Name));
        if (execution.Output is { } output)
        {
            b.Set("Output", Payload(output, json));
            b.Set("OutputDetails", JObject.Create(("Included", JBool.True)));
        }

        // Express executions cannot be redriven: they have no redrive members.
        if (!Engine.Arns.StatesArn.Is(execution.ExecutionArn, Engine.Arns.StatesArn.ExpressType))
        {
            var redrivable = execution.Status is ExecutionStatus.FAILED or ExecutionStatus.ABORTED or ExecutionStatus.TIMED_OUT;
            b.Set("RedriveCount", JNumber.From(0));
            b.Set("RedriveStatus", new JString(redrivable ? "REDRIVABLE" : "NOT_REDRIVABLE"));
            if (!redrivable)
            {
                b.Set("RedriveStatusReason", new JString($"Execution is {execution.Status} and cannot be redriven"));
            }
        }

        b.Set("StartDate", EpochMilliseconds(execution.StartDate));
        if (execution.StateMachineAliasArn is { } alias)
        {
            b.Set("StateMachineAliasArn", new JString(alias));
        }

        b.Set("StateMachineArn", new JString(execution.StateMachineArn));
        if (execution.StateMachineVersionArn is { } version)
        {
            b.Set("StateMachineVersionArn", new JString(version));
        }

        b.Set("Status", new JString(execution.Status.ToString()));
        if (execution.StopDate is { } stop)
        {
            b.Set("StopDate", EpochMilliseconds(stop));
        }

        return b.Build();
    }

    /// <summary>The body of AWS's StartExecution response (its length is the Content-Length the metadata reports): dates in epoch seconds, written as Java writes a double.</summary>
    private static string StartExecutionBody(ExecutionRecord execution) =>
        $"{{\"executionArn\":{new JString(execution.ExecutionArn).ToJson()},\"startDate\":{JavaDoubleFormat.Format(execution.StartDate.ToUnixTimeMilliseconds() / 1000.0)}}}";

    private static JNumber EpochMilliseconds(DateTimeOffset time) => JNumber.From(time.ToUnixTimeMilliseconds());

    private static JValue Payload(string text, bool json) => json ? JValue.Parse(text) : new JString(text);
}
