using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>The VersionStore contract, held by the in-memory store.</summary>
public sealed class InMemoryVersionStoreContractTests : VersionStoreContractTests
{
    private readonly InMemoryStore _store = new();

    protected override IStateMachineVersionStore Versions => _store;

    protected override IExecutionStore Executions => _store;
}
