using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Execution;
using Cairn.Engine.Tasks;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>Options for running one execution in process.</summary>
public sealed record LocalExecutionOptions
{
    public string StateMachineName { get; init; } = "StateMachine";

    public string? ExecutionName { get; init; }

    public string AccountId { get; init; } = "123456789012";

    public string Region { get; init; } = "us-east-1";

    public string RoleArn { get; init; } = "arn:aws:iam::123456789012:role/StepFunctionsRole";

    public string? TestCase { get; init; }

    /// <summary>Real seconds per virtual second for Wait states and retry intervals (0 = no waiting).</summary>
    public double TimeScale { get; init; } = 1;

    /// <summary>Fixed entropy for deterministic runs; null uses a cryptographically random source.</summary>
    public IEntropySource? Entropy { get; init; }

    /// <summary>Sees each step as it is made (its events, its commands), e.g. to show progress.</summary>
    public Action<StepResult>? OnStep { get; init; }

    /// <summary>The input as the caller sent it, reported verbatim in ExecutionStarted.</summary>
    public string? InputText { get; init; }

    /// <summary>Express executions have ARNs of the form <c>express:machine:name:uuid</c>.</summary>
    public bool IsExpress { get; init; }
}

/// <summary>Runs one execution of a compiled machine in process and returns the finished interpreter.</summary>
public static class LocalExecution
{
    public static async Task<Interpreter> RunAsync(StateMachine machine, JValue input, ITaskHandler tasks, LocalExecutionOptions options, CancellationToken cancellationToken = default)
    {
        var clock = new ScaledClock(new TimeScale(options.TimeScale));
        var entropy = options.Entropy ?? new RandomEntropySource();
        var name = options.ExecutionName ?? entropy.NewUuid().ToString();
        var smArn = StatesArn.StateMachine(options.Region, options.AccountId, options.StateMachineName);
        var info = new ExecutionInfo(
            options.IsExpress ? smArn.ExpressExecution(name, entropy.NewUuid()) : smArn.Execution(name),
            name,
            smArn,
            options.StateMachineName,
            options.RoleArn,
            clock.GetUtcNow(),
            input,
            options.Region,
            options.TestCase,
            InputText: options.InputText,
            IsExpress: options.IsExpress);
        var interpreter = new Interpreter(machine, info, clock, entropy);
        await new ExecutionRunner(tasks, clock).RunAsync(interpreter, options.OnStep, cancellationToken).ConfigureAwait(false);
        return interpreter;
    }
}
