using System.Collections.Concurrent;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Server.Protocol;

namespace Cairn.Server;

/// <summary>
/// What the API actions share: the stores, the durable execution host for Standard executions,
/// the task handler Express executions use, and compiled machines by revision.
/// </summary>
public sealed class StepFunctionsBackend
{
    private readonly ConcurrentDictionary<string, StateMachine> _compiled = new(StringComparer.Ordinal);

    public StepFunctionsBackend(IStateMachineStore machines, IExecutionStore executions, DurableExecutionHost host, ITaskHandler tasks, TimeProvider time)
    {
        Machines = machines;
        Versions = machines as IStateMachineVersionStore
            ?? throw new ArgumentException("The state machine store must also keep versions and aliases", nameof(machines));
        Activities = machines as IActivityStore
            ?? throw new ArgumentException("The state machine store must also keep activities", nameof(machines));
        Executions = executions;
        Host = host;
        Tasks = tasks;
        Time = time;
    }

    public IStateMachineStore Machines { get; }

    /// <summary>Versions and aliases (the same store as <see cref="Machines"/>).</summary>
    public IStateMachineVersionStore Versions { get; }

    /// <summary>Activities (the same store as <see cref="Machines"/>).</summary>
    public IActivityStore Activities { get; }

    public IExecutionStore Executions { get; }

    public DurableExecutionHost Host { get; }

    public ITaskHandler Tasks { get; }

    public TimeProvider Time { get; }

    /// <summary>Validates a definition as AWS does for the machine type; InvalidDefinition with AWS's message when it is not valid.</summary>
    public static StateMachine CompileOrThrow(string definition, StateMachineKind type)
    {
        var options = type == StateMachineKind.EXPRESS ? ValidationOptions.Express : ValidationOptions.Standard;
        return StateMachineCompiler.TryCompile(definition, options, out var diagnostics)
            ?? throw ApiErrors.InvalidDefinition(DefinitionValidator.FormatInvalidDefinitionMessage(diagnostics, definition));
    }

    /// <summary>The compiled form of a machine's current revision, compiled once.</summary>
    public StateMachine Compiled(StateMachineRecord machine) =>
        _compiled.GetOrAdd(machine.Revision.RevisionId, _ => CompileOrThrow(machine.Revision.Definition, machine.Type));

    public void RegisterCompiled(string revisionId, StateMachine compiled)
    {
        _compiled[revisionId] = compiled;
        Host.RegisterCompiled(revisionId, compiled);
    }

    /// <summary>The state machine an ARN names; InvalidArn or StateMachineDoesNotExist otherwise.</summary>
    public StateMachineRecord RequireMachine(string arn)
    {
        Arns.RequireStateMachine(arn);
        return Machines.GetStateMachine(arn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
    }
}
