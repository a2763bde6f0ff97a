using System.Net;
using Cairn.Engine.Callbacks;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Http;
using Cairn.Integrations.Lambda;
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
/// <c>cairn serve</c>: the AWS Step Functions API over HTTP (AWS JSON 1.0) and the Lambda API
/// (rest-json, <c>/2015-03-31/functions/...</c>) on one Kestrel port, beside a minimal IAM and STS
/// (query protocol; roles and policies kept, never enforced), with
/// Standard executions kept durable in SQLite (or in memory without a data folder). Running
/// executions found in the store at start-up are resumed in the background while requests are
/// answered; a request that concerns one not resumed yet resumes it first.
/// </summary>
public sealed class CairnServer : IAsyncDisposable
{
    public const string DatabaseFileName = "cairn.db";

    private readonly WebApplication _app;
    private readonly IDisposable? _store;

    private readonly string? _temporaryLambdaFolder;

    private CairnServer(WebApplication app, StepFunctionsBackend backend, IDisposable? store, Uri address, int resumed, LambdaService lambda, string? temporaryLambdaFolder)
    {
        _app = app;
        Lambda = lambda;
        _temporaryLambdaFolder = temporaryLambdaFolder;
        Backend = backend;
        _store = store;
        Address = address;
        Resumed = resumed;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:8083/</c>.</summary>
    public Uri Address { get; }

    public StepFunctionsBackend Backend { get; }

    /// <summary>The built-in Lambda service that runs the functions Task states call.</summary>
    public LambdaService Lambda { get; }

    /// <summary>Running executions found in the store at start-up, to be resumed.</summary>
    public int Resumed { get; }

    /// <summary>The client Task states call AWS services with; null when AWS calls are off.</summary>
    public Integrations.Aws.AwsClient? AwsClient { get; private init; }

    public static async Task<CairnServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        var aws = (options.Aws with { Region = options.Aws.Region ?? options.Region }).CreateHandler();
        IStepFunctionsStore store;
        ILambdaStore functions;
        Integrations.Iam.IIamStore roles;
        IConnectionStore connections;
        IDisposable? disposable = null;
        string lambdaFolder;
        string? temporaryLambdaFolder = null;
        if (options.DataDirectory is { } directory)
        {
            var sqlite = new SqliteStore(new SqliteStoreOptions
            {
                Path = Path.Combine(directory, DatabaseFileName),
                Synchronous = options.SyncEveryCommit ? SqliteSynchronous.Full : SqliteSynchronous.Normal,
            });
            (store, functions, roles, connections, disposable) = (sqlite, sqlite, sqlite, sqlite, sqlite);
            lambdaFolder = Path.Combine(directory, "lambda");
        }
        else
        {
            (store, functions, roles, connections) = (new InMemoryStore(), new InMemoryLambdaStore(), new Integrations.Iam.InMemoryIamStore(), new InMemoryConnectionStore());
            lambdaFolder = temporaryLambdaFolder = Path.Combine(Path.GetTempPath(), "cairn-lambda-" + Guid.NewGuid().ToString("N"));
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

            // Heads up to this size reach the protocol, which answers oversized ones in its own shape.
            kestrel.Limits.MaxRequestHeadersTotalSize = AwsJsonEndpoint.MaxHeadBytes;
            kestrel.Limits.MaxRequestLineSize = AwsJsonEndpoint.MaxHeadBytes;
            kestrel.Limits.MaxRequestHeaderCount = 8192;
            kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
        });
        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cairn.Server");
        var lambda = new LambdaService(functions, new LambdaOptions
        {
            DataDirectory = lambdaFolder,
            AccountId = options.AccountId,
            Region = options.Region,
            MaxConcurrency = options.LambdaConcurrency,
            AccessKeyId = options.AccessKeyId ?? "test",
            SecretAccessKey = options.SecretAccessKey ?? "test",
            Warn = message => logger.LogWarning("{Message}", message),
        });
        FunctionFolders.Install(lambda, options.Functions);
        var tasks = LoadTasks(options.MockConfigPath, lambda, aws, new HttpTaskHandler(connections));

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
        var endpoint = new AwsJsonEndpoint(ApiActions.Create(backend, connections, app.Lifetime.ApplicationStopping, LambdaOnly(lambda)), new RequestCaller(options.AccountId, options.Region), options.MaxRequestBytes, signatures, logger);
        var query = new Iam.QueryEndpoint(new Integrations.Iam.IamService(roles, options.AccountId), signatures, logger);
        var functionApi = new Server.Lambda.LambdaEndpoint(Server.Lambda.LambdaActions.Create(lambda, new Server.Lambda.FunctionCodeLocations()), signatures, logger);
        var console = Console.ConsoleEndpoints.Create(app, new Console.ConsoleSettings(backend, signatures, options.Region, ["states", "lambda"], lambda));
        app.Run(context =>
            Console.ConsoleEndpoints.Serves(context.Request) ? console.HandleAsync(context)
            : Server.Lambda.LambdaEndpoint.Serves(context.Request) ? functionApi.HandleAsync(context)
            : Iam.QueryEndpoint.Accepts(context.Request) ? query.HandleAsync(context)
            : endpoint.HandleAsync(context));

        var resumed = host.ResumeInBackground();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(address.EndsWith('/') ? address : address + "/");
        lambda.ServiceEndpoint = uri;
        return new CairnServer(app, backend, disposable, uri, resumed, lambda, temporaryLambdaFolder) { AwsClient = aws?.Client };
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        Backend.Express.Dispose();
        await Backend.Host.DisposeAsync().ConfigureAwait(false);
        await Lambda.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store?.Dispose();
        if (_temporaryLambdaFolder is not null)
        {
            try
            {
                Directory.Delete(_temporaryLambdaFolder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Task states tested without a mock call functions of the built-in Lambda service; any other resource needs a mock.</summary>
    private static ITaskHandler LambdaOnly(LambdaService lambda) => new Integrations.TaskRouter(NoTaskHandler.Instance, lambda: lambda);

        private static ITaskHandler LoadTasks(string? mockConfigPath, LambdaService lambda, Integrations.Aws.Tasks.AwsTaskHandler? aws, HttpTaskHandler http)
    {
        var mocks = mockConfigPath is null ? null : MockConfig.Parse(File.ReadAllText(mockConfigPath));
        ITaskHandler fallback = mocks is null ? new Callbacks.LocalCallbackTaskHandler() : new MockTaskHandler(mocks);
        return new Integrations.TaskRouter(fallback, mocks, lambda: lambda, aws: aws, http: http);
    }
}
