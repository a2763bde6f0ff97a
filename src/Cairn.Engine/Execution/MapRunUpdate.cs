using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>An UpdateMapRun request as logged: the Map Run and the limits it changes (null: unchanged).</summary>
public sealed record MapRunUpdate(string MapRunArn, int? MaxConcurrency, long? ToleratedFailureCount, double? ToleratedFailurePercentage)
{
    public string ToJson()
    {
        var members = new List<(string, JValue)> { ("mapRunArn", new JString(MapRunArn)) };
        if (MaxConcurrency is { } concurrency)
        {
            members.Add(("maxConcurrency", JNumber.From(concurrency)));
        }

        if (ToleratedFailureCount is { } count)
        {
            members.Add(("toleratedFailureCount", JNumber.From(count)));
        }

        if (ToleratedFailurePercentage is { } percentage)
        {
            members.Add(("toleratedFailurePercentage", JNumber.From(percentage)));
        }

        return JObject.Create(members.ToArray()).ToJson();
    }

    public static MapRunUpdate FromJson(string json)
    {
        var body = (JObject)JValue.Parse(json);
        return new MapRunUpdate(
            ((JString)body["mapRunArn"]!).Value,
            body["maxConcurrency"] is JNumber concurrency ? (int)concurrency.IntegerValue : null,
            body["toleratedFailureCount"] is JNumber count ? count.IntegerValue : null,
            body["toleratedFailurePercentage"] is JNumber percentage ? percentage.DoubleValue : null);
    }
}
