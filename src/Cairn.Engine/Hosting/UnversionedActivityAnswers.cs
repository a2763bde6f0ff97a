using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Engine.Storage;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>
/// What the inputs of a log written before log formats (<see cref="Execution.LogFormat.Unversioned"/>)
/// do not carry: whether an activity existed when a step scheduled a task of it. The build that wrote
/// the log asked its activity store, and the answer is in the history it wrote: an activity Task state
/// entered and then ActivityScheduled had its activity; one entered and not scheduled had none.
/// Existence does not change within a step, so for a step that starts after event H the first entry
/// after H of each activity's states decides.
/// </summary>
/// <remarks>
/// A retry of a task whose activity was missing (possible only with a retrier naming States.Runtime)
/// enters no state again and cannot be told from the history; such a log fails its replay check.
/// </remarks>
internal sealed class UnversionedActivityAnswers
{
    private readonly List<(long EnteredId, string Activity, bool Missing)> _entries = new();

    public UnversionedActivityAnswers(StateMachine machine, IReadOnlyList<StoredEvent> events)
    {
        var activityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(machine, activityOf);
        var scheduledAfter = new HashSet<long>();
        foreach (var e in events)
        {
            if (e.Type == nameof(HistoryEventType.ActivityScheduled))
            {
                scheduledAfter.Add(e.PreviousEventId);
            }
        }

        foreach (var e in events)
        {
            if (e.Type == nameof(HistoryEventType.TaskStateEntered) && e.DetailsJson is { } details
                && JValue.Parse(details) is JObject { } entered && entered["name"] is JString name
                && activityOf.TryGetValue(name.Value, out var activity))
            {
                _entries.Add((e.Id, activity, !scheduledAfter.Contains(e.Id)));
            }
        }
    }

    /// <summary>The activities missing for a step that starts with <paramref name="historyCount"/> events recorded; null when none is.</summary>
    public IReadOnlyList<string>? MissingAfter(long historyCount)
    {
        List<string>? missing = null;
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (enteredId, activity, isMissing) in _entries)
        {
            if (enteredId > historyCount && decided.Add(activity) && isMissing)
            {
                (missing ??= new()).Add(activity);
            }
        }

        return missing;
    }

    /// <summary>State names are unique across a machine, its branches and its Map iterations.</summary>
    private static void Collect(StateMachine machine, Dictionary<string, string> activityOf)
    {
        foreach (var state in machine.States.Values)
        {
            switch (state)
            {
                case TaskState task when TaskResource.IsActivity(task.Resource):
                    activityOf[task.Name] = task.Resource;
                    break;
                case ParallelState parallel:
                    foreach (var branch in parallel.Branches)
                    {
                        Collect(branch, activityOf);
                    }

                    break;
                case MapState map:
                    Collect(map.ItemProcessor, activityOf);
                    break;
            }
        }
    }
}
