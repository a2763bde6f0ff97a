using Cairn.Asl.Model;
using Cairn.Engine.Arns;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Json;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Executions;

/// <summary>What StartExecution and StartSyncExecution read alike: the machine, version or alias (with an optional <c>#TestCase</c> suffix, as Step Functions Local takes it), the name and the input.</summary>
internal sealed record StartRequestReader(StateMachineRecord Machine, StatesArn MachineArn, string? TestCase, string Name, JValue Input, string InputText)
{
    public const int MaxInputBytes = 256 * 1024;

    /// <summary>The version the execution runs, when it was started through a version or an alias.</summary>
    public string? VersionArn { get; init; }

    /// <summary>The alias the execution was started through.</summary>
    public string? AliasArn { get; init; }

    /// <summary>What the host or the Express runner starts: this execution, under <paramref name="executionArn"/>.</summary>
    public ExecutionStartRequest ToStart(string executionArn, StateMachine compiled) =>
        new(Machine, compiled, executionArn, Name, Input, InputText, TestCase, VersionArn, AliasArn);

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
        if (request.OptionalString("traceHeader", 0, 256) is { } traceHeader && !System.Text.Ascii.IsValid(traceHeader))
        {
            throw ApiErrors.Constraint("traceHeader", traceHeader, "Member must satisfy regular expression pattern: \\p{ASCII}*");
        }

        var execution = ExecutionTarget.Resolve(backend, target);
        var input = ExecutionInput.TryParse(inputText, out var error) ?? throw ApiErrors.InvalidExecutionInput(error!);
        return new StartRequestReader(execution.Machine, execution.MachineArn, testCase, name, input, inputText ?? "{}")
        {
            VersionArn = execution.VersionArn,
            AliasArn = execution.AliasArn,
        };
    }
}
