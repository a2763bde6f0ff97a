namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// What AWS changed in its responses during the years the corpus was recorded. Cairn answers as AWS
/// does today; a unit recorded before a change shows the older behaviour, so the comparison turns
/// Cairn's normalised output back into that older form for units recorded before the change (by the
/// unit's <c>recorded_date</c>, never by its name). Each change is dated by the recordings themselves.
/// </summary>
public static class AwsRevisions
{
    /// <summary>
    /// Execution redrive (launched by AWS on 2023-11-15) added <c>RedriveCount</c> to the context
    /// object's Execution and <c>redriveCount</c>/<c>redriveStatus</c>/<c>redriveStatusReason</c> to
    /// execution descriptions (also those a StartExecution.sync task writes into its output or cause).
    /// The corpus agrees: the two standard-execution context objects recorded on 2023-10-24 and the
    /// child description recorded on 2023-07-05 lack them; all five context objects recorded since
    /// 2024-07-15 carry RedriveCount.
    /// </summary>
    public static readonly DateOnly Redrive = new(2023, 11, 15);

    /// <summary>
    /// A distributed Map's MapStateExited used to link to MapRunSucceeded (as its MapStateSucceeded
    /// does); AWS now links it to MapRunStarted. 27 units recorded from 2023-09-21 to 2024-08-19 show
    /// the old link, 12 units recorded from 2024-11-13 to 2025-10-28 the new one, none the other way
    /// round, so the change happened between the two dates.
    /// </summary>
    public static readonly DateOnly MapExitLink = new(2024, 11, 13);

    private static readonly string[] RedriveKeys = ["RedriveCount", "RedriveStatus", "RedriveStatusReason", "redriveCount", "redriveStatus", "redriveStatusReason"];

    /// <summary>Rewrites <paramref name="actual"/> (normalised) into the form AWS gave on <paramref name="recorded"/>.</summary>
    public static void Apply(DateOnly? recorded, OrderedDictionary<string, object?> actual)
    {
        if (recorded is not { } date)
        {
            return;
        }

        if (date < Redrive)
        {
            Walk(actual, RemoveRedriveFields);
        }

        if (date < MapExitLink)
        {
            Walk(actual, LinkMapExitToMapRunEnd);
        }
    }

    private static void RemoveRedriveFields(OrderedDictionary<string, object?> dict)
    {
        foreach (var key in RedriveKeys)
        {
            dict.Remove(key);
        }
    }

    /// <summary>The older form: a MapStateExited right after MapStateSucceeded links to the same event as the success.</summary>
    private static void LinkMapExitToMapRunEnd(OrderedDictionary<string, object?> dict)
    {
        if (dict.GetValueOrDefault("events") is not List<object?> events)
        {
            return;
        }

        var types = new Dictionary<long, string>();
        foreach (var e in events)
        {
            if (e is OrderedDictionary<string, object?> ev && ev.GetValueOrDefault("id") is long id && ev.GetValueOrDefault("type") is string type)
            {
                types[id] = type;
            }
        }

        for (var i = 1; i < events.Count; i++)
        {
            if (events[i] is OrderedDictionary<string, object?> exit && exit.GetValueOrDefault("type") as string == "MapStateExited"
                && exit.GetValueOrDefault("previousEventId") is long previous && types.GetValueOrDefault(previous) == "MapRunStarted"
                && events[i - 1] is OrderedDictionary<string, object?> success && success.GetValueOrDefault("type") as string == "MapStateSucceeded")
            {
                exit["previousEventId"] = success.GetValueOrDefault("previousEventId");
            }
        }
    }

    private static void Walk(object? node, Action<OrderedDictionary<string, object?>> visit)
    {
        switch (node)
        {
            case OrderedDictionary<string, object?> dict:
                visit(dict);
                foreach (var value in dict.Values)
                {
                    Walk(value, visit);
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
