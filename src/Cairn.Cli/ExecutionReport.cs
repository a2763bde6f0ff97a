using Cairn.Engine.Execution;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Cli;

/// <summary>What <c>cairn run</c> prints about a finished execution.</summary>
internal static class ExecutionReport
{
    /// <summary>Shaped like DescribeExecution (timestamps as ISO-8601 text), plus <c>events</c> when asked.</summary>
    public static JObject Describe(Interpreter execution, bool withHistory)
    {
        var b = new JObjectBuilder(12);
        b.Set("executionArn", execution.Info.ExecutionArn);
        b.Set("stateMachineArn", execution.Info.StateMachineArn);
        b.Set("name", execution.Info.Name);
        b.Set("status", execution.Status.ToString());
        b.Set("startDate", TimeFormat.Iso(execution.Info.StartTime));
        if (execution.StopDate is { } stop)
        {
            b.Set("stopDate", TimeFormat.Iso(stop));
        }

        b.Set("input", execution.Info.Input.ToJson());
        if (execution.Output is { } output)
        {
            b.Set("output", output.ToJson());
        }

        if (execution.Error is { } error)
        {
            b.Set("error", error);
        }

        if (execution.Cause is { } cause)
        {
            b.Set("cause", cause);
        }

        if (withHistory)
        {
            b.Set("events", History(execution));
        }

        return b.Build();
    }

    public static JArray History(Interpreter execution) =>
        JArray.Create(execution.History.Select(e => (JValue)e.ToJson(timestampsAsEpochSeconds: false)));

    public static void WriteText(TextWriter stdout, Interpreter execution, bool withHistory)
    {
        if (withHistory)
        {
            stdout.WriteLine(JObject.Create(("events", History(execution))).ToIndentedJson());
        }

        stdout.WriteLine($"Status: {execution.Status}");
        if (execution.Output is { } output)
        {
            stdout.WriteLine($"Output: {output.ToJson()}");
        }

        if (execution.Error is not null || execution.Cause is not null)
        {
            stdout.WriteLine($"Error: {execution.Error}");
            stdout.WriteLine($"Cause: {execution.Cause}");
        }
    }
}
