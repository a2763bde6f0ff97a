using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Hosting;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// Answers TestState: validates the request as AWS does, then runs the one state with the
/// interpreter's data flow (paths, templates, JSONata, Retry and Catch decisions) without calling
/// any service, waiting, or running child workflows: Task, Map and Parallel states produce their
/// mocked result or error. Each call is independent of the others.
/// </summary>
public sealed partial class StateTester
{
    private readonly TestStateOptions _options;

    public StateTester(TestStateOptions? options = null)
    {
        _options = options ?? new TestStateOptions();
    }

    /// <summary>Tests the state; a request AWS would reject throws <see cref="TestStateException"/>.</summary>
    public TestStateResponse Test(TestStateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        CheckRequest(request);
        var target = TestTarget.Resolve(request.Definition, request.StateName);
        var mock = CheckMock(request, target);
        var context = request.Context is { } contextText ? TestContextObject.Parse(contextText, target.State) : null;
        var input = ExecutionInput.TryParse(request.Input, out var inputError)
            ?? throw new TestStateException(TestStateException.InvalidExecutionInput, inputError!);
        var variables = ParseVariables(request.Variables);

        var retryCount = request.StateConfiguration?.RetrierRetryCount ?? 0;
        var contextObject = context ?? TestContextObject.Create(NewExecution(request), target.State, input, retryCount, TaskToken(target.State));
        var scope = new DataScope(contextObject, variables, _options.Entropy, _options.Clock);
        var test = new StateTest(target, input, scope, variables, mock, request.StateConfiguration, new Inspection(request.InspectionLevel), _options.Clock)
        {
            Tasks = _options.Tasks,
            ExecutionArn = (contextObject["Execution"] as JObject)?["Id"] is JString id ? id.Value : string.Empty,
        };
        return test.Run();
    }

    private TestExecution NewExecution(TestStateRequest request)
    {
        var machineName = _options.Entropy.NewUuid().ToString();
        var executionName = _options.Entropy.NewUuid().ToString();
        var machineArn = StatesArn.StateMachine(_options.Region, _options.AccountId, machineName);
        return new TestExecution(
            machineArn.TestStateExecution(executionName),
            executionName,
            machineArn,
            machineName,
            request.RoleArn,
            _options.Clock.GetUtcNow());
    }

    private string? TaskToken(State state)
    {
        if (state is not TaskState { IsWaitForTaskToken: true })
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[32];
        _options.Entropy.NewUuid().TryWriteBytes(bytes[..16]);
        _options.Entropy.NewUuid().TryWriteBytes(bytes[16..]);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_').TrimEnd('=');
    }

    private static Dictionary<string, JValue> ParseVariables(string? text)
    {
        var variables = new Dictionary<string, JValue>(StringComparer.Ordinal);
        if (text is null)
        {
            return variables;
        }

        if (!JValue.TryParse(text, out var value, out _) || value is not JObject obj)
        {
            throw TestStateException.Validation("Variables must be a JSON object.");
        }

        foreach (var (name, variable) in obj.Members)
        {
            variables[name] = variable;
        }

        return variables;
    }
}
