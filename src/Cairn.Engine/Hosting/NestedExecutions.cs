using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Engine.Tasks;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Executions started by tasks of other executions (Step Functions' <c>states:startExecution</c>
/// integration): STANDARD ones are ordinary durable executions, EXPRESS ones run as Express
/// executions do (<see cref="DurableExecutionHostOptions.Express"/>). Tasks waiting for one hear
/// when it ends; one a task waits for is stopped when the execution that started it ends first,
/// or gives up on the task (a stopped parent stops its running children).
/// </summary>
/// <remarks>
/// Nothing about the parent–child link is stored: a task still pending after a restart is invoked
/// again, finds the child it started (by its <see cref="ITaskContext.Submitted"/> output, or by
/// the name the host derived for it) and links it again.
/// </remarks>
internal sealed class NestedExecutions
{
    private readonly DurableExecutionHost _host;
    private readonly IExecutionStore _executions;
    private readonly IStateMachineStore _machines;
    private readonly CompiledMachines _compiled;
    private readonly NestedTargetResolver? _resolve;
    private readonly IExpressExecutionRunner? _express;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ExecutionRecord>> _endWaiters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, long>> _linkedChildren = new(StringComparer.Ordinal);

    public NestedExecutions(DurableExecutionHostOptions options, DurableExecutionHost host)
    {
        _host = host;
        _executions = options.Executions;
        _machines = options.Machines;
        _compiled = options.Compiled;
        _resolve = options.ResolveNestedTarget;
        _express = options.Express;
    }

    /// <summary>Completes with the execution as stored once it has ended (at once when it already has).</summary>
    public Task<ExecutionRecord> WhenEndedAsync(string executionArn, CancellationToken cancellationToken)
    {
        var waiter = _endWaiters.GetOrAdd(executionArn, _ => new TaskCompletionSource<ExecutionRecord>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_executions.GetExecution(executionArn) is { } stored && stored.Status != ExecutionStatus.RUNNING)
        {
            _endWaiters.TryRemove(new KeyValuePair<string, TaskCompletionSource<ExecutionRecord>>(executionArn, waiter));
            waiter.TrySetResult(stored);
        }

        return waiter.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Called once an execution's last batch is committed: wakes the tasks waiting for it and stops the children it was waiting for.</summary>
    public void OnEnded(string executionArn)
    {
        if (_endWaiters.TryRemove(executionArn, out var waiter) && _executions.GetExecution(executionArn) is { } stored)
        {
            waiter.TrySetResult(stored);
        }

        if (_linkedChildren.TryRemove(executionArn, out var children))
        {
            foreach (var child in children.Keys)
            {
                StopInBackground(child);
            }
        }
    }

    /// <summary>A task's StartExecution: resolves the machine, version or alias and starts the execution (or finds the one a repeated invocation started).</summary>
    public async Task<NestedExecutionStart> StartAsync(LiveExecution parent, long commandId, NestedExecutionRequest request)
    {
        var derivedName = request.Name is null;
        var name = request.Name ?? DerivedName(parent.Arn, commandId);
        if (!NameRules.IsValid(name))
        {
            return NestedExecutionStart.Failed("InvalidName", $"Invalid Name: '{name}'");
        }

        var target = Resolve(request.StateMachineArn, out var errorCode, out var errorMessage);
        if (target is null)
        {
            return NestedExecutionStart.Failed(errorCode ?? "StateMachineDoesNotExist", errorMessage ?? $"State Machine Does Not Exist: '{request.StateMachineArn}'");
        }

        var machine = target.Machine;
        if (machine.Type == StateMachineKind.EXPRESS)
        {
            return StartExpressChild(target, name, request);
        }

        var executionArn = StatesArn.Parse(machine.Arn).Execution(name).Value;
        var started = await _host.StartWithinLimitAsync(new ExecutionStartRequest(
            machine, _compiled.Get(machine.Revision, machine.Type), executionArn, name, request.Input, request.InputText,
            StateMachineVersionArn: target.VersionArn, StateMachineAliasArn: target.AliasArn)).ConfigureAwait(false);
        if (started is not var (outcome, execution))
        {
            return NestedExecutionStart.Failed("ExecutionLimitExceeded", OpenExecutionQuota.ExecutionLimitExceededMessage);
        }

        // A derived name is this invocation's own: finding it taken means the invocation is being
        // repeated after a restart, and the execution it names is the one it started.
        if (outcome == ExecutionStartOutcome.NameTaken && !derivedName)
        {
            return NestedExecutionStart.Failed("ExecutionAlreadyExists", $"Execution Already Exists: '{executionArn}'");
        }

        if (request.StopWithParent)
        {
            Link(parent, commandId, execution.ExecutionArn);
        }

        return NestedExecutionStart.Started(execution);
    }

    /// <summary>
    /// The child was started, or is waited for, by task invocation <paramref name="commandId"/> of
    /// the parent: it is stopped when the parent ends or gives up on that task first, at once if
    /// that has happened already.
    /// </summary>
    public void Link(LiveExecution parent, long commandId, string childArn)
    {
        lock (parent)
        {
            // The parent's end and the cancelling of its invocations happen under this lock too.
            if (!parent.Closed && parent.Invocations.ContainsKey(commandId))
            {
                _linkedChildren.GetOrAdd(parent.Arn, _ => new ConcurrentDictionary<string, long>(StringComparer.Ordinal))[childArn] = commandId;
                return;
            }
        }

        StopInBackground(childArn);
    }

    /// <summary>Stops the children that task invocation <paramref name="commandId"/> of the parent started or waits for.</summary>
    public void StopChildrenOf(string parentArn, long commandId)
    {
        if (!_linkedChildren.TryGetValue(parentArn, out var children))
        {
            return;
        }

        foreach (var (child, linkedBy) in children)
        {
            if (linkedBy == commandId && children.TryRemove(new KeyValuePair<string, long>(child, commandId)))
            {
                StopInBackground(child);
            }
        }
    }

    /// <summary>
    /// An Express child runs as every Express execution does: in memory, not logged, never linked
    /// to the parent (AWS cannot stop an Express execution either; one whose waiting task went away
    /// runs to its own end). Its end reaches the waiting task through
    /// <see cref="NestedExecutionStart.Ended"/>, not the store.
    /// </summary>
    /// <remarks>
    /// The parent is durable, the child is not: if the server stops while the child runs, the
    /// child is lost with the process. On resume the parent's task is invoked again and, finding
    /// only an Express ARN in what it submitted, starts the child again: Express executions run at
    /// least once, as AWS's asynchronous Express workflows do.
    /// </remarks>
    private NestedExecutionStart StartExpressChild(NestedExecutionTarget target, string name, NestedExecutionRequest request)
    {
        if (_express is null)
        {
            return NestedExecutionStart.Failed("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");
        }

        var started = _express.Start(target, name, request.Input, request.InputText, _compiled.Get(target.Machine.Revision, StateMachineKind.EXPRESS));
        return NestedExecutionStart.Started(started.Execution, started.Ended);
    }

    private NestedExecutionTarget? Resolve(string stateMachineArn, out string? errorCode, out string? errorMessage)
    {
        if (_resolve is { } resolve)
        {
            return resolve(stateMachineArn, out errorCode, out errorMessage);
        }

        (errorCode, errorMessage) = (null, null);
        return _machines.GetStateMachine(stateMachineArn) is { } machine ? new NestedExecutionTarget(machine) : null;
    }

    private void StopInBackground(string executionArn) => _ = _host.InBackground(executionArn, () => _host.StopAsync(executionArn, null, null));

    /// <summary>A UUID-shaped name that depends only on the invoking execution and invocation, so a repeated invocation asks for the same execution.</summary>
    private static string DerivedName(string parentArn, long commandId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{parentArn}\n{commandId}"), hash);
        hash[7] = (byte)((hash[7] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]).ToString();
    }
}
