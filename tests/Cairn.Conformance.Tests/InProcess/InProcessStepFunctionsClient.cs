using System.Text.Json.Nodes;
using Cairn.Asl.Analysis;
using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Engine.Testing;
using Cairn.Integrations;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Conformance.Tests.InProcess;

/// <summary>
/// The Step Functions API actions the recorded engine cases use, answered in process by the
/// engine with no server and no persistence. Executions run to completion inside StartExecution
/// with waits fast-forwarded.
/// </summary>
public sealed partial class InProcessStepFunctionsClient : IStepFunctionsClient, ILambdaFixtureHost, IDisposable
{
    private const string Account = "111111111111";
    private const string Region = "us-east-1";

    private readonly string _lambdaFolder = Path.Combine(Path.GetTempPath(), "cairn-conformance-lambda-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<LambdaService> _lambda;
    private readonly ITaskHandler _tasks;
    private readonly StateTester _tester;

    public InProcessStepFunctionsClient()
    {
        _lambda = new Lazy<LambdaService>(() => new LambdaService(new InMemoryLambdaStore(), new LambdaOptions { DataDirectory = _lambdaFolder, AccountId = Account, Region = Region }));
        _tasks = new LazyLambdaTasks(this);
        _tester = new StateTester(new TestStateOptions { AccountId = Account, Region = Region, Tasks = _tasks });
    }

    private readonly Dictionary<string, MachineRecord> _machines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ExecutionRecord> _executions = new(StringComparer.Ordinal);

    public JsonObject Call(string operation, JsonObject parameters) => operation switch
    {
        "CreateStateMachine" => CreateStateMachine(parameters),
        "DescribeStateMachine" => DescribeStateMachine(parameters),
        "DeleteStateMachine" => DeleteStateMachine(parameters),
        "ValidateStateMachineDefinition" => Validate(parameters),
        "StartExecution" => StartExecution(parameters, sync: false),
        "StartSyncExecution" => StartExecution(parameters, sync: true),
        "DescribeExecution" => DescribeExecution(parameters),
        "DescribeStateMachineForExecution" => DescribeStateMachineForExecution(parameters),
        "GetExecutionHistory" => GetExecutionHistory(parameters),
        "ListExecutions" => ListExecutions(parameters),
        "StopExecution" => StopExecution(parameters),
        "TestState" => TestState(parameters),
        _ => throw new StepFunctionsApiException("UnknownOperationException", $"The operation {operation} is not supported in process"),
    };

    private JsonObject CreateStateMachine(JsonObject p)
    {
        var name = (string)p["name"]!;
        var definition = (string)p["definition"]!;
        var type = (string?)p["type"] ?? "STANDARD";
        var options = type == "EXPRESS" ? ValidationOptions.Express : ValidationOptions.Standard;
        var machine = StateMachineCompiler.TryCompile(definition, options, out var diagnostics);
        if (machine is null)
        {
            throw new StepFunctionsApiException("InvalidDefinition", DefinitionValidator.FormatInvalidDefinitionMessage(diagnostics, definition));
        }

        var arn = $"arn:aws:states:{Region}:{Account}:stateMachine:{name}";
        if (_machines.TryGetValue(arn, out var existing))
        {
            if (existing.Definition != definition || existing.Type != type)
            {
                throw new StepFunctionsApiException("StateMachineAlreadyExists", $"State Machine Already Exists: '{arn}'");
            }

            return new JsonObject { ["stateMachineArn"] = arn, ["creationDate"] = Epoch(existing.CreationDate) };
        }

        var record = new MachineRecord(arn, name, definition, (string?)p["roleArn"] ?? string.Empty, type, machine, DateTimeOffset.UtcNow);
        _machines[arn] = record;
        return new JsonObject { ["stateMachineArn"] = arn, ["creationDate"] = Epoch(record.CreationDate) };
    }

    private JsonObject DescribeStateMachine(JsonObject p)
    {
        var machine = FindMachine((string)p["stateMachineArn"]!);
        var response = MachineDescription(machine);
        response["status"] = "ACTIVE";
        response["type"] = machine.Type;
        response["creationDate"] = Epoch(machine.CreationDate);
        return response;
    }

    private JsonObject DescribeStateMachineForExecution(JsonObject p)
    {
        var execution = FindExecution((string)p["executionArn"]!);
        var response = MachineDescription(execution.Machine);
        response["updateDate"] = Epoch(execution.Machine.CreationDate);
        return response;
    }

    private static JsonObject MachineDescription(MachineRecord machine)
    {
        var response = new JsonObject
        {
            ["stateMachineArn"] = machine.Arn,
            ["name"] = machine.Name,
            ["definition"] = machine.Definition,
            ["roleArn"] = machine.RoleArn,
            ["loggingConfiguration"] = new JsonObject { ["level"] = "OFF", ["includeExecutionData"] = false },
            ["tracingConfiguration"] = new JsonObject { ["enabled"] = false },
            ["encryptionConfiguration"] = new JsonObject { ["type"] = "AWS_OWNED_KEY" },
        };
        var references = VariableReferences.Collect((JObject)JValue.Parse(machine.Definition));
        if (references.Count > 0)
        {
            var node = new JsonObject();
            foreach (var (state, names) in references)
            {
                node[state] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
            }

            response["variableReferences"] = node;
        }

        return response;
    }

    private JsonObject DeleteStateMachine(JsonObject p)
    {
        _machines.Remove((string)p["stateMachineArn"]!);
        return new JsonObject();
    }

    private static JsonObject Validate(JsonObject p)
    {
        var type = (string?)p["type"] ?? "STANDARD";
        var diagnostics = DefinitionValidator.Validate((string)p["definition"]!, type == "EXPRESS" ? ValidationOptions.Express : ValidationOptions.Standard);
        var list = new JsonArray();
        foreach (var d in diagnostics)
        {
            var item = new JsonObject
            {
                ["severity"] = d.Severity == DiagnosticSeverity.Error ? "ERROR" : "WARNING",
                ["code"] = d.Code,
                ["message"] = d.Message,
            };
            if (d.Location is not null)
            {
                item["location"] = d.Location;
            }

            list.Add(item);
        }

        return new JsonObject
        {
            ["result"] = DefinitionValidator.IsValid(diagnostics) ? "OK" : "FAIL",
            ["diagnostics"] = list,
            ["truncated"] = false,
        };
    }

    private MachineRecord FindMachine(string arn)
    {
        CheckArn(arn);
        return _machines.TryGetValue(arn, out var machine)
            ? machine
            : throw new StepFunctionsApiException("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{arn}'");
    }

    private static void CheckArn(string arn)
    {
        if (!arn.StartsWith("arn:", StringComparison.Ordinal))
        {
            throw new StepFunctionsApiException("InvalidArn", $"Invalid Arn: 'Invalid ARN prefix: {arn}'");
        }
    }

    private ExecutionRecord FindExecution(string arn)
    {
        CheckArn(arn);
        return _executions.TryGetValue(arn, out var execution)
            ? execution
            : throw new StepFunctionsApiException("ExecutionDoesNotExist", $"Execution Does Not Exist: '{arn}'");
    }

    private static JsonNode Epoch(DateTimeOffset time) => JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000.0);

    private static JsonNode? ToNode(JValue value) => JsonNode.Parse(value.ToJson());

    public void CreateFunction(string name, string runtime, string handler, string code, int timeout) =>
        _lambda.Value.CreateFunction(new CreateFunctionRequest
        {
            FunctionName = name,
            Runtime = runtime,
            Handler = handler,
            ZipFile = FunctionFolders.Zip(("handler.py", code)),
            Timeout = timeout,
            Role = $"arn:aws:iam::{Account}:role/lambda",
        });

    public void Dispose()
    {
        if (_lambda.IsValueCreated)
        {
            _lambda.Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        try
        {
            Directory.Delete(_lambdaFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Tasks go to the built-in Lambda service (created on first use); nothing else is answered.</summary>
    private sealed class LazyLambdaTasks(InProcessStepFunctionsClient client) : ITaskHandler
    {
        public ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken) =>
            LambdaTaskHandler.Handles(request.Resource)
                ? new TaskRouter(NoTaskHandler.Instance, lambda: client._lambda.Value).InvokeAsync(request, cancellationToken)
                : NoTaskHandler.Instance.InvokeAsync(request, cancellationToken);
    }

    private sealed record MachineRecord(string Arn, string Name, string Definition, string RoleArn, string Type, StateMachine Compiled, DateTimeOffset CreationDate);

    private sealed record ExecutionRecord(MachineRecord Machine, Interpreter Interpreter, string InputText);
}
