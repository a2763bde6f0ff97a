using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Json;
using Cairn.Server.Protocol;

namespace Cairn.Server.Executions;

/// <summary>What StartExecution and StartSyncExecution read alike: the machine (with an optional <c>#TestCase</c> suffix, as Step Functions Local takes it), the name and the input.</summary>
internal sealed record StartRequestReader(StateMachineRecord Machine, ParsedArn MachineArn, string? TestCase, string Name, JValue Input, string InputText)
{
    public const int MaxInputBytes = 256 * 1024;

    public static StartRequestReader Read(ApiRequest request, StepFunctionsBackend backend)
    {
        var target = request.RequiredString("stateMachineArn", 1, 256);
        string? testCase = null;
        var hash = target.IndexOf('#');
        if (hash >= 0)
        {
            testCase = target[(hash + 1)..];
            target = target[..hash];
        }

        var name = request.Body["name"] is null ? Guid.NewGuid().ToString() : ResourceNames.Require(request, "name");
        var inputText = request.OptionalPayload("input", MaxInputBytes);
        request.OptionalString("traceHeader", 0, 256);
        var machineArn = Arns.RequireStateMachine(target);
        var machine = backend.Machines.GetStateMachine(target) ?? throw ApiErrors.StateMachineDoesNotExist(target);
        var input = ExecutionInput.TryParse(inputText, out var error) ?? throw ApiErrors.InvalidExecutionInput(error!);
        return new StartRequestReader(machine, machineArn, testCase, name, input, inputText ?? "{}");
    }
}
