using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>
/// A golden log: one execution's log exactly as a build committed it, batch by batch, paused in the
/// middle of something (a Wait, a retry, a callback, a Map Run, a redrive, an activity), with the
/// definition it ran, the task tokens it handed out, and how it ended when that build resumed it.
/// Written once by the build of its log format and never changed, it is replayed by every later build.
/// </summary>
internal sealed record GoldenLog(
    string Scenario,
    int LogFormat,
    string Definition,
    IReadOnlyList<string> Activities,
    IReadOnlyList<string> TaskTokens,
    IReadOnlyList<ExecutionCommit> Commits,
    GoldenEnd End)
{
    public ExecutionRecord Execution => Commits[0].Created!;

    public JsonObject ToJson() => new()
    {
        ["scenario"] = Scenario,
        ["logFormat"] = LogFormat,
        ["definition"] = JsonNode.Parse(Definition),
        ["activities"] = Strings(Activities),
        ["taskTokens"] = Strings(TaskTokens),
        ["commits"] = new JsonArray(Commits.Select(Commit).ToArray<JsonNode?>()),
        ["end"] = End.ToJson(),
    };

    public string ToText() => ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static GoldenLog Parse(string text)
    {
        var json = JsonNode.Parse(text)!.AsObject();
        var commits = json["commits"]!.AsArray().Select(c => ReadCommit(c!.AsObject())).ToList();

        // Only the first batch names the execution; every batch belongs to it.
        var arn = commits[0].Created!.ExecutionArn;
        commits = commits.Select(c => c with { ExecutionArn = arn, TimersStarted = c.TimersStarted.Select(t => t with { ExecutionArn = arn }).ToList() }).ToList();
        return new GoldenLog(
            (string)json["scenario"]!,
            (int)json["logFormat"]!,
            json["definition"]!.ToJsonString(),
            StringList(json["activities"])!,
            StringList(json["taskTokens"])!,
            commits,
            GoldenEnd.FromJson(json["end"]!.AsObject()));
    }

    private static JsonObject Commit(ExecutionCommit commit) => new()
    {
        ["inputSequence"] = commit.InputSequence,
        ["created"] = commit.Created is { } created ? Record(created) : null,
        ["input"] = new JsonObject
        {
            ["kind"] = commit.Input.Kind.ToString(),
            ["time"] = Time(commit.Input.Time),
            ["commandId"] = commit.Input.CommandId,
            ["output"] = commit.Input.Output,
            ["error"] = commit.Input.Error,
            ["cause"] = commit.Input.Cause,
            ["missingActivities"] = Strings(commit.Input.MissingActivities),
        },
        ["events"] = new JsonArray(commit.Events.Select(e => (JsonNode)new JsonObject
        {
            ["id"] = e.Id,
            ["previousEventId"] = e.PreviousEventId,
            ["timestamp"] = Time(e.Timestamp),
            ["type"] = e.Type,
            ["detailsKey"] = e.DetailsKey,
            ["details"] = e.DetailsJson,
        }).ToArray<JsonNode?>()),
        ["timersStarted"] = new JsonArray(commit.TimersStarted.Select(t => (JsonNode)new JsonObject { ["timerId"] = t.TimerId, ["due"] = Time(t.Due) }).ToArray<JsonNode?>()),
        ["timerFired"] = commit.TimerFired,
        ["outcome"] = commit.Outcome is { } o
            ? new JsonObject { ["status"] = o.Status.ToString(), ["stopDate"] = Time(o.StopDate), ["output"] = o.Output?.ToJson(), ["error"] = o.Error, ["cause"] = o.Cause }
            : null,
        ["mapRuns"] = new JsonArray((commit.MapRuns ?? []).Select(r => (JsonNode)MapRun(r)).ToArray<JsonNode?>()),
        ["redriven"] = commit.Redriven is { } r ? new JsonObject { ["redriveCount"] = r.RedriveCount, ["redriveDate"] = Time(r.RedriveDate) } : null,
    };

    private static ExecutionCommit ReadCommit(JsonObject c)
    {
        var created = c["created"] is JsonObject record ? ReadRecord(record) : null;
        var input = c["input"]!.AsObject();
        var arn = created?.ExecutionArn;
        return new ExecutionCommit(
            arn ?? string.Empty,
            created,
            (long)c["inputSequence"]!,
            new InterpreterInput(
                Enum.Parse<InterpreterInputKind>((string)input["kind"]!),
                ReadTime(input["time"]),
                (long)input["commandId"]!,
                (string?)input["output"],
                (string?)input["error"],
                (string?)input["cause"],
                StringList(input["missingActivities"])),
            c["events"]!.AsArray().Select(e => new StoredEvent(
                (long)e!["id"]!, (long)e["previousEventId"]!, ReadTime(e["timestamp"]), (string)e["type"]!, (string?)e["detailsKey"], (string?)e["details"])).ToList(),
            c["timersStarted"]!.AsArray().Select(t => new TimerRecord(arn ?? string.Empty, (long)t!["timerId"]!, ReadTime(t["due"]))).ToList(),
            (long?)c["timerFired"],
            c["outcome"] is JsonObject o
                ? new ExecutionOutcome(Enum.Parse<ExecutionStatus>((string)o["status"]!), ReadTime(o["stopDate"]), o["output"] is { } output ? Cairn.Json.JValue.Parse((string)output!) : null, (string?)o["error"], (string?)o["cause"])
                : null,
            c["mapRuns"]!.AsArray().Select(r => ReadMapRun(r!.AsObject())).ToList(),
            c["redriven"] is JsonObject redriven ? new ExecutionRedrive((int)redriven["redriveCount"]!, ReadTime(redriven["redriveDate"])) : null);
    }

    private static JsonObject Record(ExecutionRecord r) => new()
    {
        ["executionArn"] = r.ExecutionArn,
        ["stateMachineArn"] = r.StateMachineArn,
        ["revisionId"] = r.RevisionId,
        ["name"] = r.Name,
        ["roleArn"] = r.RoleArn,
        ["startDate"] = Time(r.StartDate),
        ["inputText"] = r.InputText,
        ["entropySeed"] = r.EntropySeed,
        ["testCase"] = r.TestCase,
        ["logFormat"] = r.LogFormat,
    };

    private static ExecutionRecord ReadRecord(JsonObject r) => new(
        (string)r["executionArn"]!,
        (string)r["stateMachineArn"]!,
        (string)r["revisionId"]!,
        (string)r["name"]!,
        (string)r["roleArn"]!,
        ReadTime(r["startDate"]),
        (string)r["inputText"]!,
        (int)r["entropySeed"]!,
        (string?)r["testCase"],
        LogFormat: (int)r["logFormat"]!);

    private static JsonObject MapRun(MapRunRecord r) => new()
    {
        ["mapRunArn"] = r.MapRunArn,
        ["executionArn"] = r.ExecutionArn,
        ["stateMachineArn"] = r.StateMachineArn,
        ["startDate"] = Time(r.StartDate),
        ["stopDate"] = r.StopDate is { } stop ? Time(stop) : null,
        ["status"] = r.Status,
        ["maxConcurrency"] = r.MaxConcurrency,
        ["toleratedFailureCount"] = r.ToleratedFailureCount,
        ["toleratedFailurePercentage"] = r.ToleratedFailurePercentage,
        ["itemCounts"] = new JsonArray(
            r.ItemCounts.Pending, r.ItemCounts.Running, r.ItemCounts.Succeeded, r.ItemCounts.Failed, r.ItemCounts.TimedOut,
            r.ItemCounts.Aborted, r.ItemCounts.Total, r.ItemCounts.ResultsWritten, r.ItemCounts.FailuresNotRedrivable, r.ItemCounts.PendingRedrive),
        ["redriveCount"] = r.RedriveCount,
        ["redriveDate"] = r.RedriveDate is { } redriven ? Time(redriven) : null,
    };

    private static MapRunRecord ReadMapRun(JsonObject r)
    {
        var c = r["itemCounts"]!.AsArray().Select(n => (long)n!).ToArray();
        return new MapRunRecord(
            (string)r["mapRunArn"]!,
            (string)r["executionArn"]!,
            (string)r["stateMachineArn"]!,
            ReadTime(r["startDate"]),
            r["stopDate"] is { } stop ? ReadTime(stop) : null,
            (string)r["status"]!,
            (int)r["maxConcurrency"]!,
            (long)r["toleratedFailureCount"]!,
            (double)r["toleratedFailurePercentage"]!,
            new MapRunCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]),
            (int)r["redriveCount"]!,
            r["redriveDate"] is { } redriven ? ReadTime(redriven) : null);
    }

    private static JsonArray? Strings(IReadOnlyList<string>? list) => list is null ? null : new JsonArray(list.Select(s => (JsonNode)JsonValue.Create(s)).ToArray<JsonNode?>());

    private static IReadOnlyList<string>? StringList(JsonNode? node) => node?.AsArray().Select(s => (string)s!).ToArray();

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadTime(JsonNode? node) => DateTimeOffset.Parse((string)node!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
