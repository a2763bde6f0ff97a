using Cairn.Engine.Storage;

namespace Cairn.Engine.Tests.Storage;

/// <summary>The MapRunStore contract, held by the in-memory store.</summary>
public sealed class InMemoryMapRunStoreContractTests : MapRunStoreContractTests
{
    private readonly InMemoryStore _store = new();

    protected override IStepFunctionsStore Store => _store;
}
