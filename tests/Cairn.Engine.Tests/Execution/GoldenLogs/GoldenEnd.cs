using System.Text.Json.Nodes;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>
/// How a golden log's execution ended when it was resumed and carried on: its status, output,
/// error and cause, and its whole history without timestamps (the steps after the resume run at
/// whatever time it is).
/// </summary>
internal sealed record GoldenEnd(ExecutionStatus Status, string? Output, string? Error, string? Cause, IReadOnlyList<string> Events)
{
    public static GoldenEnd Of(ExecutionRecord record, IReadOnlyList<StoredEvent> events) =>
        new(record.Status, record.Output, record.Error, record.Cause, events.Select(Describe).ToList());

    /// <summary>One event as compared: id, link, type and details.</summary>
    public static string Describe(StoredEvent e) => $"{e.Id} {e.PreviousEventId} {e.Type} {e.DetailsJson}";

    public JsonObject ToJson() => new()
    {
        ["status"] = Status.ToString(),
        ["output"] = Output,
        ["error"] = Error,
        ["cause"] = Cause,
        ["events"] = new JsonArray(Events.Select(e => (JsonNode)JsonValue.Create(e)).ToArray<JsonNode?>()),
    };

    public static GoldenEnd FromJson(JsonObject json) => new(
        Enum.Parse<ExecutionStatus>((string)json["status"]!),
        (string?)json["output"],
        (string?)json["error"],
        (string?)json["cause"],
        json["events"]!.AsArray().Select(e => (string)e!).ToList());
}
