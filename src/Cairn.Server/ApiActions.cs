using Cairn.Server.Activities;
using Cairn.Server.Aliases;
using Cairn.Server.Callbacks;
using Cairn.Server.Connections;
using Cairn.Server.Executions;
using Cairn.Server.MapRuns;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;
using Cairn.Server.Tags;
using Cairn.Server.Versions;

namespace Cairn.Server;

/// <summary>Every API action the server answers.</summary>
internal static class ApiActions
{
    /// <param name="backend">What the actions share.</param>
    /// <param name="connections">EventBridge connections (the HTTP Task's), served as EventBridge's API.</param>
    /// <param name="serverStopping">Cancelled when the server begins to stop: long polls end then.</param>
    public static IReadOnlyList<IApiAction> Create(StepFunctionsBackend backend, Integrations.Http.IConnectionStore connections, CancellationToken serverStopping) =>
    [
        new CreateStateMachine(backend),
        new DescribeStateMachine(backend),
        new UpdateStateMachine(backend),
        new DeleteStateMachine(backend),
        new ListStateMachines(backend),
        new ValidateStateMachineDefinition(),
        new Testing.TestState(),
        new StartExecution(backend),
        new StartSyncExecution(backend),
        new StopExecution(backend),
        new RedriveExecution(backend),
        new DescribeExecution(backend),
        new ListExecutions(backend),
        new GetExecutionHistory(backend),
        new DescribeStateMachineForExecution(backend),
        new TagResource(backend),
        new UntagResource(backend),
        new ListTagsForResource(backend),
        new CreateActivity(backend),
        new DescribeActivity(backend),
        new DeleteActivity(backend),
        new ListActivities(backend),
        new GetActivityTask(backend, serverStopping),
        new SendTaskSuccess(backend),
        new SendTaskFailure(backend),
        new SendTaskHeartbeat(backend),
        new PublishStateMachineVersion(backend),
        new ListStateMachineVersions(backend),
        new DeleteStateMachineVersion(backend),
        new CreateStateMachineAlias(backend),
        new DescribeStateMachineAlias(backend),
        new UpdateStateMachineAlias(backend),
        new DeleteStateMachineAlias(backend),
        new ListStateMachineAliases(backend),
        new DescribeMapRun(backend),
        new ListMapRuns(backend),
        new UpdateMapRun(backend),
        new CreateConnection(connections, backend.Time),
        new DescribeConnection(connections),
        new UpdateConnection(connections, backend.Time),
        new ListConnections(connections),
        new DeleteConnection(connections),
    ];
}
