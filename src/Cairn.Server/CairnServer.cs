using System.Net;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Mocks;
using Cairn.Server.Executions;
using Cairn.Server.Protocol;
using Cairn.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cairn.Server;

/// <summary>
/// <c>cairn serve</c>: the AWS Step Functions API over HTTP (AWS JSON 1.0) on Kestrel, with
/// Standard executions kept durable in SQLite (or in memory without a data folder). Running
/// executions found in the store at start-up are resumed in the background while requests are
/// answered; a request that concerns one not resumed yet resumes it first.
/// </summary>
public sealed class CairnServer : IAsyncDisposable
{
    public const string DatabaseFileName = "cairn.db";

    private readonly WebApplication _app;
    private readonly IDisposable? _store;

    private CairnServer(WebApplication app, StepFunctionsBackend backend, IDisposable? store, Uri address, int resumed)
    {
        _app = app;
        Backend = backend;
        _store = store;
        Address = address;
        Resumed = resumed;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8083/</c>.</summary>
    public Uri Address { get; }

    public StepFunctionsBackend Backend { get; }

    /// <summary>Running executions found in the store at start-up, to be resumed.</summary>
    public int Resumed { get; }

    public static async Task<CairnServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        var tasks = LoadTasks(options.MockConfigPath);
        IStepFunctionsStore store;
        IDisposable? disposable = null;
        if (options.DataDirectory is { } directory)
        {
            var sqlite = new SqliteStore(new SqliteStoreOptions
            {
                Path = Path.Combine(directory, DatabaseFileName),
                Synchronous = options.SyncEveryCommit ? SqliteSynchronous.Full : SqliteSynchronous.Normal,
            });
            (store, disposable) = (sqlite, sqlite);
        }
        else
        {
            store = new InMemoryStore();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A host that fails to start says so through the exception StartAsync throws.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cairn.Server");

        var timeScale = new TimeScale(options.TimeScale);
        var compiled = new CompiledMachines();
        var express = new ExpressExecutions(new ExpressExecutionOptions { Tasks = tasks, TimeScale = timeScale });
        var host = new DurableExecutionHost(new DurableExecutionHostOptions
        {
            Executions = store,
            Machines = store,
            Activities = store,
            Tasks = tasks,
            TimeScale = timeScale,
            EvictIdleAfter = options.EvictIdleAfter,
            TaskTokens = TaskTokenCodec.FromSecrets(store),
            MaxOpenExecutions = options.MaxOpenExecutions,
            ResolveNestedTarget = NestedExecutionTargets.For(store, store),
            Express = express,
            Compiled = compiled,
            OnError = (message, e) => logger.LogError(e, "{Message}", message),
        });
        var backend = new StepFunctionsBackend(store, host, express, compiled, tasks, TimeProvider.System);
        var signatures = options.AccessKeyId is { } key && options.SecretAccessKey is { } secret ? new SigV4Verifier(key, secret) : null;
        var endpoint = new AwsJsonEndpoint(ApiActions.Create(backend), new RequestCaller(options.AccountId, options.Region), options.MaxRequestBytes, signatures, logger);
        app.MapPost("/", endpoint.HandleAsync);

        var resumed = host.ResumeInBackground();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CairnServer(app, backend, disposable, new Uri(address.EndsWith('/') ? address : address + "/"), resumed);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        Backend.Express.Dispose();
        await Backend.Host.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store?.Dispose();
    }

    private static ITaskHandler LoadTasks(string? mockConfigPath)
    {
        var mocks = mockConfigPath is null ? null : MockConfig.Parse(File.ReadAllText(mockConfigPath));
        ITaskHandler fallback = mocks is null ? new Callbacks.LocalCallbackTaskHandler() : new MockTaskHandler(mocks);
        return new Integrations.TaskRouter(fallback, mocks);
    }
}
