using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>The RedriveStore contract, held by the in-memory store.</summary>
public sealed class InMemoryRedriveStoreContractTests : RedriveStoreContractTests
{
    private readonly InMemoryStore _store = new();

    protected override IExecutionStore Executions => _store;
}
