using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>The Store contract, held by the in-memory store.</summary>
public sealed class InMemoryStoreContractTests : StoreContractTests
{
    private readonly InMemoryStore _store = new();

    protected override (IStateMachineStore, IExecutionStore) Store => (_store, _store);
}
