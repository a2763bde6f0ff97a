namespace Cairn.Engine.Storage;

/// <summary>
/// Everything the Step Functions API keeps, in one store: state machines with their versions and
/// aliases, activities, executions with their logs and Map Runs, and the server's secrets. A store
/// implements this one interface, so callers reach each part by its own interface without casting
/// (the in-memory store, SQLite; a store shared by several nodes would too).
/// </summary>
public interface IStepFunctionsStore : IStateMachineStore, IStateMachineVersionStore, IActivityStore, IExecutionStore, IMapRunStore, IServerSecretStore
{
}
