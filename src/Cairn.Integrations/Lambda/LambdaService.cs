using System.Text;
using Cairn.Integrations.Lambda.Runtimes;
using Cairn.Integrations.Lambda.Sandboxes;

namespace Cairn.Integrations.Lambda;

/// <summary>
/// The built-in Lambda service: functions (kept in an <see cref="ILambdaStore"/>, code in a
/// <see cref="CodeStore"/>) and their invocations, run in sandbox processes on this machine. What
/// the Lambda API and the Task states that call Lambda both use.
/// </summary>
public sealed partial class LambdaService : ILambdaInvoker, IAsyncDisposable
{
    /// <summary>Lambda's limit on a synchronous invocation's request payload (6 MB).</summary>
    public const int MaxRequestPayloadBytes = 6_291_456;

    /// <summary>How many asynchronous (<c>Event</c>) invocations may wait at once.</summary>
    public const int MaxQueuedEvents = 10_000;

    private readonly ILambdaStore _store;
    private LambdaOptions _options;
    private readonly LambdaRuntimes _runtimes;
    private readonly SpareSandboxes _spares;
    private readonly Dictionary<string, FunctionPool> _pools = new(StringComparer.Ordinal);
    private readonly object _lock = new();
    private readonly Timer _reaper;
    private int _queuedEvents;
    private bool _disposed;

    public LambdaService(ILambdaStore store, LambdaOptions options)
    {
        _store = store;
        _options = options;
        Code = new CodeStore(Path.Combine(options.DataDirectory, "code"));
        _runtimes = new LambdaRuntimes(Path.Combine(options.DataDirectory, "runtime"), options.FindProgram);
        _spares = new SpareSandboxes(_runtimes.SupportFolder, () => _options);
        var period = TimeSpan.FromTicks(Math.Clamp(options.IdleTimeout.Ticks / 2, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromSeconds(30).Ticks));
        _reaper = new Timer(_ => _ = StopIdleAsync(), null, period, period);
    }

    public CodeStore Code { get; }

    /// <summary>The recent invocations of each function, with their logs (bounded).</summary>
    public InvocationHistory Invocations { get; } = new();

    /// <summary>Where handlers reach Step Functions and Lambda; set once the server listens (default <see cref="LambdaOptions.ServiceEndpoint"/>).</summary>
    public Uri? ServiceEndpoint
    {
        get => _options.ServiceEndpoint;
        set => _options = _options with { ServiceEndpoint = value };
    }

    public LambdaOptions Options => _options;

    /// <summary>The process ids of every sandbox running now.</summary>
    public IReadOnlyList<int> SandboxProcessIds
    {
        get
        {
            lock (_lock)
            {
                return _pools.Values.SelectMany(p => p.ProcessIds).ToList();
            }
        }
    }

    /// <summary>The process ids of the spare sandboxes whose runtime has started and waits for a function (<see cref="LambdaOptions.SpareSandboxes"/>).</summary>
    public IReadOnlyList<int> SpareProcessIds => _spares.ProcessIds;

    /// <summary>Invokes a function version or alias as Lambda's Invoke does.</summary>
    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default)
    {
        var (function, executedVersion) = Resolve(request.FunctionName, request.Qualifier);
        if (request.Payload.Length > MaxRequestPayloadBytes)
        {
            throw new LambdaException("RequestTooLargeException", $"Request must be smaller than {MaxRequestPayloadBytes} bytes for the InvokeFunction operation", 413);
        }

        var payload = request.Payload.Length == 0 ? "{}"u8.ToArray() : request.Payload;
        CheckJson(payload.Span);
        var requestId = Guid.NewGuid().ToString();
        switch (request.InvocationType)
        {
            case "DryRun":
                return new InvokeResponse(204, [], null, null, null, requestId);
            case "Event":
                QueueEvent(function, executedVersion, payload, requestId, request.Caller);
                return new InvokeResponse(202, [], null, null, null, requestId);
            case "RequestResponse":
                break;
            default:
                throw new LambdaException(
                    "ValidationException",
                    $"1 validation error detected: Value '{request.InvocationType}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]",
                    400);
        }

        var invocation = NewInvocation(function, payload, requestId, request.ClientContext);
        if (ReservedConcurrency(function) == 0)
        {
            throw LambdaException.TooManyRequests("Rate Exceeded.");
        }

        var result = await RunAsync(function, executedVersion, invocation, request.InvocationType, request.Caller, cancellationToken).ConfigureAwait(false);
        var logResult = request.LogType == "Tail" ? Convert.ToBase64String(result.LogTail) : null;
        return new InvokeResponse(200, result.Payload, result.IsFunctionError ? "Unhandled" : null, executedVersion, logResult, requestId) { RaisedByLambda = result.RaisedByLambda };
    }

    /// <summary>The configuration an invocation of <paramref name="functionName"/> runs, and the version it executes; ResourceNotFoundException when there is none.</summary>
    public (FunctionConfiguration Function, string ExecutedVersion) Resolve(string functionName, string? qualifier = null)
    {
        var reference = FunctionReference.Parse(functionName, qualifier);
        var notFound = LambdaException.FunctionNotFound(FunctionReference.Arn(
            reference.Region ?? _options.Region, reference.Account ?? _options.AccountId, reference.Name, reference.Qualifier ?? FunctionConfiguration.Latest));
        if (!_options.AnyAccount && ((reference.Account is { } account && account != _options.AccountId) || (reference.Region is { } region && region != _options.Region)))
        {
            throw notFound;
        }

        var latest = _store.GetFunction(reference.Name) ?? throw notFound;
        var version = reference.Qualifier ?? FunctionConfiguration.Latest;
        if (version == FunctionConfiguration.Latest)
        {
            return (latest, FunctionConfiguration.Latest);
        }

        if (version.All(char.IsAsciiDigit))
        {
            var published = _store.GetVersion(reference.Name, version) ?? throw notFound;
            return (published, version);
        }

        var alias = _store.GetAlias(reference.Name, version) ?? throw notFound;
        var target = PickVersion(alias);
        var aliased = target == FunctionConfiguration.Latest ? latest : _store.GetVersion(reference.Name, target) ?? throw notFound;
        return (aliased, target);
    }

    public async ValueTask DisposeAsync()
    {
        List<FunctionPool> pools;
        lock (_lock)
        {
            _disposed = true;
            pools = _pools.Values.ToList();
            _pools.Clear();
        }

        await _reaper.DisposeAsync().ConfigureAwait(false);
        await Task.WhenAll(pools.Select(p => p.DisposeAsync().AsTask())).ConfigureAwait(false);
        await _spares.DisposeAsync().ConfigureAwait(false);
    }

    private static string PickVersion(FunctionAlias alias)
    {
        var roll = Random.Shared.NextDouble();
        foreach (var (version, weight) in alias.AdditionalVersionWeights)
        {
            if (roll < weight)
            {
                return version;
            }

            roll -= weight;
        }

        return alias.FunctionVersion;
    }

    private static void CheckJson(ReadOnlySpan<byte> payload)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(payload);
        }
        catch (DecoderFallbackException)
        {
            throw LambdaException.InvalidRequestContent("Could not parse request body into json: Could not parse payload into json: Invalid UTF-8 middle byte");
        }

        if (!Json.JValue.TryParse(text, out _, out var error))
        {
            throw LambdaException.InvalidRequestContent($"Could not parse request body into json: Could not parse payload into json: {error}");
        }
    }

    private static Invocation NewInvocation(FunctionConfiguration function, ReadOnlyMemory<byte> payload, string requestId, string? clientContext)
    {
        var traceId = $"Root=1-{DateTimeOffset.UtcNow.ToUnixTimeSeconds():x8}-{Guid.NewGuid():N}"[..35] + ";Sampled=0";
        string? context = null;
        if (clientContext is not null)
        {
            try
            {
                context = Encoding.UTF8.GetString(Convert.FromBase64String(clientContext));
            }
            catch (FormatException)
            {
                throw LambdaException.InvalidRequestContent("Client context must be a valid Base64-encoded JSON object.");
            }
        }

        return new Invocation(requestId, payload, function.FunctionArn + (function.Version == FunctionConfiguration.Latest ? string.Empty : ":" + function.Version), traceId, context);
    }

    /// <summary>Runs an invocation in the function's pool: the one place every invocation goes through, so it is recorded here.</summary>
    private async Task<SandboxResult> RunAsync(FunctionConfiguration function, string executedVersion, Invocation invocation, string invocationType, InvocationCaller? caller, CancellationToken cancellationToken)
    {
        var record = new FunctionInvocation
        {
            RequestId = invocation.RequestId,
            FunctionName = function.FunctionName,
            ExecutedVersion = executedVersion,
            InvocationType = invocationType,
            Started = DateTimeOffset.UtcNow,
            Caller = caller,
        };
        Invocations.Started(record);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        SandboxResult? result = null;
        try
        {
            result = await PoolOf(function).InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            Invocations.Ended(record with
            {
                DurationMilliseconds = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                Status = result is { IsFunctionError: false } ? FunctionInvocation.Succeeded : FunctionInvocation.Failed,
                ErrorType = result is null ? "Cancelled" : result.IsFunctionError ? result.ErrorType ?? "Unhandled" : null,
                Log = result is null ? string.Empty : InvocationHistory.LogText(result.LogTail),
            });
        }
    }

    private void QueueEvent(FunctionConfiguration function, string executedVersion, ReadOnlyMemory<byte> payload, string requestId, InvocationCaller? caller)
    {
        if (Interlocked.Increment(ref _queuedEvents) > MaxQueuedEvents)
        {
            Interlocked.Decrement(ref _queuedEvents);
            throw LambdaException.TooManyRequests("Rate Exceeded.");
        }

        var invocation = NewInvocation(function, payload.ToArray(), requestId, null);
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(function, executedVersion, invocation, "Event", caller, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref _queuedEvents);
            }
        });
    }

    /// <summary>The pool of sandboxes of this exact configuration; pools of replaced configurations are stopped.</summary>
    private FunctionPool PoolOf(FunctionConfiguration function)
    {
        var key = function.QualifiedArn + "#" + function.RevisionId;
        List<FunctionPool>? stale = null;
        FunctionPool pool;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_pools.TryGetValue(key, out var existing))
            {
                return existing;
            }

            var prefix = function.QualifiedArn + "#";
            foreach (var (otherKey, other) in _pools.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            {
                _pools.Remove(otherKey);
                (stale ??= new()).Add(other);
            }

            var slots = Math.Max(1, ReservedConcurrency(function) is { } reserved and > 0 ? Math.Min(reserved, _options.MaxConcurrency) : _options.MaxConcurrency);
            pool = new FunctionPool(function, Code.Extracted(function.CodeSha256), _runtimes, _spares, () => _options, slots);
            _pools[key] = pool;
        }

        foreach (var old in stale ?? [])
        {
            _ = old.DisposeAsync().AsTask();
        }

        return pool;
    }

    /// <summary>The reserved concurrency of the function (kept on its <c>$LATEST</c>), or null.</summary>
    private int? ReservedConcurrency(FunctionConfiguration function) =>
        function.Version == FunctionConfiguration.Latest ? function.ReservedConcurrentExecutions : _store.GetFunction(function.FunctionName)?.ReservedConcurrentExecutions;

    /// <summary>Stops the sandboxes of a function that changed or was deleted.</summary>
    private void StopPools(string functionArn)
    {
        List<FunctionPool> stale;
        lock (_lock)
        {
            stale = _pools.Where(p => p.Key.StartsWith(functionArn + ":", StringComparison.Ordinal)).Select(p => p.Value).ToList();
            foreach (var pool in stale)
            {
                _pools.Remove(pool.Function.QualifiedArn + "#" + pool.Function.RevisionId);
            }
        }

        foreach (var pool in stale)
        {
            _ = pool.DisposeAsync().AsTask();
        }
    }

    private async Task StopIdleAsync()
    {
        List<FunctionPool> pools;
        lock (_lock)
        {
            pools = _pools.Values.ToList();
        }

        foreach (var pool in pools)
        {
            await pool.StopIdleAsync().ConfigureAwait(false);
        }
    }
}
