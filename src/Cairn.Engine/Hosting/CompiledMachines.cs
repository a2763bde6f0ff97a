using System.Collections.Concurrent;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Storage;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Compiled state machines by revision, compiled once and shared by every execution of that
/// revision — durable, Express, started by the API or by a task — and by the API that describes them.
/// </summary>
public sealed class CompiledMachines
{
    private readonly ConcurrentDictionary<string, StateMachine> _byRevision = new(StringComparer.Ordinal);

    /// <summary>Registers the machine a revision compiled to (when it was created or updated), so nothing compiles it again.</summary>
    public void Add(string revisionId, StateMachine machine) => _byRevision[revisionId] = machine;

    /// <summary>The compiled revision; <paramref name="compile"/> runs when it is not known yet.</summary>
    public StateMachine GetOrAdd(string revisionId, Func<StateMachine> compile) =>
        _byRevision.TryGetValue(revisionId, out var machine) ? machine : _byRevision.GetOrAdd(revisionId, compile());

    /// <summary>The compiled revision of a stored machine; a stored revision that no longer compiles is an error of the store.</summary>
    public StateMachine Get(StateMachineRevision revision, StateMachineKind type) =>
        GetOrAdd(revision.RevisionId, () =>
            StateMachineCompiler.TryCompile(revision.Definition, type == StateMachineKind.EXPRESS ? ValidationOptions.Express : ValidationOptions.Standard, out var diagnostics)
            ?? throw new InvalidOperationException($"Revision {revision.RevisionId} of {revision.StateMachineArn} no longer compiles: {string.Join("; ", diagnostics.Select(d => d.Message))}"));
}
