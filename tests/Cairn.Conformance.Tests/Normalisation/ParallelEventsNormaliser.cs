using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// The Step Functions test suite's normalisation of Parallel branches (events of concurrent branches interleave
/// nondeterministically): inside a ParallelStateStarted..ParallelState{Succeeded,Aborted,Exited,Failed} window
/// events get <c>id = [0]</c>, <c>previousEventId = 0</c> and are sorted by their JSON text.
/// It is reproduced bug for bug, because the recorded snapshots contain its effects: the slice assignment runs
/// at every end event after a window was opened, so ParallelStateSucceeded followed by ParallelStateExited loses
/// the Succeeded event, and nested windows drop the outer events that follow the inner one; the loop runs over
/// the live list, so an event right after a shrink is skipped.
/// </summary>
public sealed class ParallelEventsNormaliser(string eventsJsonPath = "$..events") : ISnapshotTransformer
{
    private static readonly HashSet<string> EndTypes =
        ["ParallelStateSucceeded", "ParallelStateAborted", "ParallelStateExited", "ParallelStateFailed"];

    private readonly JsonPath _path = JsonPath.Parse(eventsJsonPath);

    public void Transform(OrderedDictionary<string, object?> state, TransformContext context)
    {
        foreach (var match in _path.Find(state))
        {
            if (match.Value is List<object?> events)
            {
                Normalise(events);
            }
        }
    }

    public static void Normalise(List<object?> events)
    {
        int? start = null;
        var window = new List<object?>();
        var inWindow = false;
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not OrderedDictionary<string, object?> ev || !ev.TryGetValue("type", out var typeValue))
            {
                inWindow = false;
                continue;
            }

            var type = typeValue as string;
            if (type is not null && EndTypes.Contains(type))
            {
                if (start is { } s)
                {
                    // Python: events[start:i] = sorted(window, key=json.dumps) - replaces i-start items by window.Count.
                    var sorted = window.OrderBy(e => PyJson.Dumps(e, isoDates: true), StringComparer.Ordinal).ToList();
                    var from = Math.Min(s, events.Count);
                    var to = Math.Max(from, Math.Min(i, events.Count));
                    events.RemoveRange(from, to - from);
                    events.InsertRange(from, sorted);
                }

                inWindow = false;
            }
            else if (type == "ParallelStateStarted")
            {
                start = i + 1;
                window = [];
                inWindow = true;
            }
            else if (inWindow)
            {
                ev["id"] = new List<object?> { 0L };
                ev["previousEventId"] = 0L;
                window.Add(ev);
            }
        }
    }
}
