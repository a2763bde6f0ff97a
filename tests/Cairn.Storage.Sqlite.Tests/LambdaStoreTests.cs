using Cairn.Integrations.Lambda;
using Cairn.Storage.Sqlite.Tests.Support;
using Cairn.Storage.Sqlite;

namespace Cairn.Storage.Sqlite.Tests;

/// <summary>The Lambda store contract, in memory and in SQLite; SQLite keeps functions across a restart.</summary>
public sealed class LambdaStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    [Theory]
    [MemberData(nameof(Stores))]
    public void FunctionsVersionsAndAliasesAreKept(string kind)
    {
        var store = Open(kind, out var disposable);
        using (disposable)
        {
            Assert.Null(store.GetFunction("f"));
            store.PutFunction(Function("f", "$LATEST", "abc="));
            store.PutFunction(Function("a", "$LATEST", "def="));
            Assert.Equal(["a", "f"], store.ListFunctions().Select(f => f.FunctionName));

            var latest = store.GetFunction("f")!;
            Assert.Equal("abc=", latest.CodeSha256);
            Assert.Equal("hello", latest.Environment["GREETING"]);
            Assert.Equal(15, latest.Timeout);

            store.PutVersion(Function("f", "1", "abc="));
            store.PutVersion(Function("f", "2", "xyz="));
            store.PutVersion(Function("missing", "1", "abc="));
            Assert.Equal(["1", "2"], store.ListVersions("f").Select(v => v.Version));
            Assert.Equal("xyz=", store.GetVersion("f", "2")!.CodeSha256);
            Assert.Empty(store.ListVersions("missing"));

            store.PutAlias("f", new FunctionAlias { AliasArn = "arn:aws:lambda:us-east-1:111111111111:function:f:live", Name = "live", FunctionVersion = "1" });
            Assert.Equal("1", store.GetAlias("f", "live")!.FunctionVersion);
            Assert.True(store.DeleteVersion("f", "1"));
            Assert.False(store.DeleteVersion("f", "1"));
            Assert.True(store.DeleteAlias("f", "live"));
            Assert.Null(store.GetAlias("f", "live"));

            Assert.True(store.DeleteFunction("f"));
            Assert.Null(store.GetFunction("f"));
            Assert.Empty(store.ListVersions("f"));
            Assert.False(store.DeleteFunction("f"));
        }
    }

    [Fact]
    public void SqliteKeepsFunctionsAcrossARestart()
    {
        var path = Path.Combine(_folder.Dir, "cairn.db");
        using (var store = new SqliteStore(new SqliteStoreOptions { Path = path }))
        {
            store.PutFunction(Function("durable", "$LATEST", "abc="));
            store.PutVersion(Function("durable", "1", "abc="));
        }

        using var reopened = new SqliteStore(new SqliteStoreOptions { Path = path });
        Assert.Equal("python3.12", reopened.GetFunction("durable")!.Runtime);
        Assert.Equal("1", Assert.Single(reopened.ListVersions("durable")).Version);
    }

    public void Dispose() => _folder.Dispose();

    private ILambdaStore Open(string kind, out IDisposable? disposable)
    {
        if (kind == "memory")
        {
            disposable = null;
            return new InMemoryLambdaStore();
        }

        var store = new SqliteStore(new SqliteStoreOptions { Path = Path.Combine(_folder.Dir, Guid.NewGuid().ToString("N") + ".db") });
        disposable = store;
        return store;
    }

    private static FunctionConfiguration Function(string name, string version, string sha) => new()
    {
        FunctionName = name,
        FunctionArn = "arn:aws:lambda:us-east-1:111111111111:function:" + name,
        Runtime = "python3.12",
        Handler = "handler.handler",
        CodeSha256 = sha,
        CodeSize = 10,
        Version = version,
        Timeout = 15,
        Environment = new Dictionary<string, string> { ["GREETING"] = "hello" },
        LastModified = DateTimeOffset.UnixEpoch,
    };
}
