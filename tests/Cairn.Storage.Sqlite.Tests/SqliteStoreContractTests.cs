using Cairn.Engine.Storage;
using Cairn.Engine.Tests.Storage;

namespace Cairn.Storage.Sqlite.Tests;

/// <summary>The Store contract, held by the SQLite store.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly Support.TempFolder _folder = new();
    private readonly Cairn.Storage.Sqlite.SqliteStore _store;

    public SqliteStoreContractTests() => _store = new Cairn.Storage.Sqlite.SqliteStore(new() { Path = Path.Combine(_folder.Dir, "cairn.db") });

    protected override (IStateMachineStore, IExecutionStore) Store => (_store, _store);

    public void Dispose()
    {
        _store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
