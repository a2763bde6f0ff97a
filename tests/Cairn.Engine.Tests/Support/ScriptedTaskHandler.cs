using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Tests.Support;

/// <summary>Answers each Task state from a script and records every request it receives.</summary>
public sealed class ScriptedTaskHandler : ITaskHandler
{
    private readonly Dictionary<string, Func<TaskRequest, TaskResult>> _scripts = new(StringComparer.Ordinal);
    private readonly List<TaskRequest> _requests = new();
    private readonly object _gate = new();

    public IReadOnlyList<TaskRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public ScriptedTaskHandler On(string state, Func<TaskRequest, TaskResult> answer)
    {
        _scripts[state] = answer;
        return this;
    }

    public ScriptedTaskHandler Returns(string state, string json) => On(state, _ => TaskResult.Success(JValue.Parse(json)));

    public ScriptedTaskHandler Fails(string state, string error, string? cause = null) => On(state, _ => TaskResult.Failure(error, cause));

    /// <summary>Answers invocation i with outcomes[i]; later invocations get the last one.</summary>
    public ScriptedTaskHandler Sequence(string state, params TaskResult[] outcomes) =>
        On(state, r => outcomes[Math.Min(r.InvocationIndex, outcomes.Length - 1)]);

    public IReadOnlyList<TaskRequest> RequestsFor(string state) => Requests.Where(r => r.StateName == state).ToArray();

    public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }

        var result = _scripts.TryGetValue(request.StateName, out var script)
            ? script(request)
            : TaskResult.Success(request.Parameters);
        return ValueTask.FromResult(result);
    }
}
