using System.Diagnostics;
using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Replay;

/// <summary>
/// Executes a unit's steps against a client: fixtures (IAM role: nothing; await: poll DescribeExecution until not
/// RUNNING, bounded), Step Functions calls with recorded ARNs replaced by the implementation's.
/// </summary>
public sealed class UnitReplayer(IStepFunctionsClient client, ReplayOptions options)
{
    private static readonly HashSet<string> SupportedClients = ["aws_client_no_sync_prefix", "aws_client_factory"];

    /// <summary>Recorded execution ARN for an implementation execution ARN, given the step that started it.</summary>
    public Func<ReplayStep, string, string?>? RecordedExecutionArn { get; init; }

    /// <summary>The unit's <c>lambdas[]</c> entry of a function name, for the <c>create_lambda_function</c> fixture.</summary>
    public Func<string, JsonObject?>? LambdaDefinition { get; init; }

    /// <summary>Applied to every step's recorded parameters before ARN substitution (time-dependent units).</summary>
    public Func<object?, object?>? ParameterRewrite { get; init; }

    public List<StepResult> Replay(List<ReplayStep> steps, ArnMapper arns)
    {
        var results = new List<StepResult>();
        for (var position = 0; position < steps.Count; position++)
        {
            var step = steps[position];
            var parameters = (OrderedDictionary<string, object?>)arns.Substitute(ParameterRewrite is null ? step.Parameters : ParameterRewrite(step.Parameters))!;
            switch (step.Service)
            {
                case "_fixture":
                    RunFixture(step, parameters);
                    results.Add(new StepResult(step, new OrderedDictionary<string, object?>(), null));
                    continue;
                case "stepfunctions":
                    break;
                default:
                    throw new UnsupportedUnitException($"step {step.Index} calls service '{step.Service}'");
            }

            if (step.Account is not null || (step.Client is not null && !SupportedClients.Contains(step.Client)))
            {
                throw new UnsupportedUnitException($"step {step.Index} uses client '{step.Client}' (account {step.Account})");
            }

            StepResult result;
            try
            {
                var body = client.Call(step.Operation, (JsonObject)PyValue.ToNode(parameters)!);
                result = new StepResult(step, BotocoreShapes.Response(body), null);
            }
            catch (StepFunctionsApiException e)
            {
                result = new StepResult(step, null, e);
            }

            results.Add(result);
            if (result.Response is { } response)
            {
                Dictionary<string, string>? generated = null;
                if (response.TryGetValue("executionArn", out var exec) && exec is string execArn &&
                    step.Operation is "StartExecution" or "StartSyncExecution" &&
                    RecordedExecutionArn?.Invoke(step, execArn) is { } recorded)
                {
                    generated = new Dictionary<string, string> { [execArn] = recorded };
                }

                arns.Learn(position, response, generated);
            }
        }

        return results;
    }

    private void RunFixture(ReplayStep step, OrderedDictionary<string, object?> parameters)
    {
        switch (step.Operation)
        {
            case "create_state_machine_iam_role":
                // The implementation does not check IAM; the recorded role ARN is passed verbatim.
                return;
            case "create_lambda_function":
                CreateLambda(step, parameters);
                return;
            case "await":
                if (parameters.TryGetValue("execution_arn", out var arn) && arn is string executionArn &&
                    (parameters.GetValueOrDefault("kind") as string) != "execution_started")
                {
                    AwaitTerminal(executionArn);
                }

                // Listing/alias/version waits: an in-process implementation is consistent immediately.
                return;
            default:
                if (options.Fixture?.Invoke(step, parameters) == true)
                {
                    return;
                }

                throw new UnsupportedUnitException($"fixture '{step.Operation}'");
        }
    }

    /// <summary>
    /// Creates the function from the unit's recorded handler code. The recording's fixture gives
    /// functions without a timeout of their own 60 seconds (its state timeouts of 5 seconds fire
    /// before the function's), which is what it is given here.
    /// </summary>
    private void CreateLambda(ReplayStep step, OrderedDictionary<string, object?> parameters)
    {
        if (client is not ILambdaFixtureHost host)
        {
            throw new UnsupportedUnitException($"step {step.Index}: the client cannot create Lambda functions");
        }

        var name = (string)parameters["name"]!;
        var definition = LambdaDefinition?.Invoke(name) ?? throw new UnsupportedUnitException($"step {step.Index}: no lambdas[] entry for {name}");
        host.CreateFunction(
            name,
            (string?)definition["runtime"] ?? "python3.12",
            (string?)definition["handler"] ?? "handler.handler",
            (string)definition["code"]!,
            (int?)definition["timeout"] ?? 60);
    }

    private void AwaitTerminal(string executionArn)
    {
        var watch = Stopwatch.StartNew();
        var delay = 5;
        while (watch.Elapsed < options.AwaitTimeout)
        {
            try
            {
                var described = client.Call("DescribeExecution", new JsonObject { ["executionArn"] = executionArn });
                if ((string?)described["status"] != "RUNNING")
                {
                    return;
                }
            }
            catch (StepFunctionsApiException)
            {
                return;
            }

            Thread.Sleep(delay);
            delay = Math.Min(delay * 2, 100);
        }
    }
}
