using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Submitted tasks: an integration that starts work and then waits for it (<c>.sync</c>,
/// <c>.waitForTaskToken</c>) reports the service's answer first, recorded as TaskSubmitted; the
/// task stays pending until its outcome arrives through <see cref="CompleteTask"/>.
/// </summary>
public sealed partial class Interpreter
{
    private readonly Dictionary<long, JValue> _submitted = new();

    /// <summary>Records TaskSubmitted for a pending task; a task is submitted once, later reports are ignored.</summary>
    public IReadOnlyList<ExecutionCommand> SubmitTask(long id, JValue output)
    {
        if (Status != ExecutionStatus.RUNNING || !_pending.TryGetValue(id, out var frame) || frame.Phase != FramePhase.WaitingForTask || _submitted.ContainsKey(id))
        {
            return Array.Empty<ExecutionCommand>();
        }

        ForgetCompletedSubmissions();
        _submitted[id] = output;
        var resource = TaskResource.Parse(((TaskState)frame.Current).Resource);
        Record(frame, HistoryEventType.TaskSubmitted, new TaskEventDetails("taskSubmittedEventDetails", resource.ResourceType, resource.Resource, output));
        return Array.Empty<ExecutionCommand>();
    }

    /// <summary>What a task still pending reported when it was submitted (null when it was not).</summary>
    public JValue? SubmittedOutput(long id) =>
        _pending.ContainsKey(id) && _submitted.TryGetValue(id, out var output) ? output : null;

    private void ForgetCompletedSubmissions()
    {
        if (_submitted.Count == 0)
        {
            return;
        }

        List<long>? done = null;
        foreach (var id in _submitted.Keys)
        {
            if (!_pending.ContainsKey(id))
            {
                (done ??= new()).Add(id);
            }
        }

        if (done is not null)
        {
            foreach (var id in done)
            {
                _submitted.Remove(id);
            }
        }
    }
}
