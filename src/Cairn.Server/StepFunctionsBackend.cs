using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Server.Protocol;

namespace Cairn.Server;

/// <summary>
/// What the API actions share: the store (each of its parts by its own interface), the durable
/// execution host for Standard executions, the Express executions beside it, the task handler, and
/// compiled machines by revision (the same cache the host and the Express executions use).
/// </summary>
public sealed class StepFunctionsBackend
{
    public StepFunctionsBackend(IStepFunctionsStore store, DurableExecutionHost host, ExpressExecutions express, CompiledMachines compiled, ITaskHandler tasks, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        Machines = store;
        Versions = store;
        Activities = store;
        Executions = store;
        MapRuns = store;
        Host = host;
        Express = express;
        CompiledMachines = compiled;
        Tasks = tasks;
        Time = time;
    }

    public IStateMachineStore Machines { get; }

    /// <summary>Versions and aliases.</summary>
    public IStateMachineVersionStore Versions { get; }

    public IActivityStore Activities { get; }

    public IExecutionStore Executions { get; }

    /// <summary>The Map Runs of distributed Map states.</summary>
    public IMapRunStore MapRuns { get; }

    public DurableExecutionHost Host { get; }

    /// <summary>Express executions: StartSyncExecution, and StartExecution of EXPRESS machines.</summary>
    public ExpressExecutions Express { get; }

    /// <summary>Compiled machines by revision.</summary>
    public CompiledMachines CompiledMachines { get; }

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
        CompiledMachines.GetOrAdd(machine.Revision.RevisionId, () => CompileOrThrow(machine.Revision.Definition, machine.Type));

    /// <summary>Registers the machine a new revision compiled to, for the API, the host and Express executions alike.</summary>
    public void RegisterCompiled(string revisionId, StateMachine compiled) => CompiledMachines.Add(revisionId, compiled);

    /// <summary>The state machine an ARN names; InvalidArn or StateMachineDoesNotExist otherwise.</summary>
    public StateMachineRecord RequireMachine(string arn)
    {
        Arns.RequireStateMachine(arn);
        return Machines.GetStateMachine(arn) ?? throw ApiErrors.StateMachineDoesNotExist(arn);
    }
}
