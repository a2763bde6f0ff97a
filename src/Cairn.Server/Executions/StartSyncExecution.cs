using System.Text.Json.Nodes;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>StartSyncExecution: runs an Express execution to its end and answers with its result and billing details.</summary>
internal sealed class StartSyncExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "StartSyncExecution";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var start = StartRequestReader.Read(request, backend);
        if (start.Machine.Type != StateMachineKind.EXPRESS)
        {
            throw ApiErrors.StateMachineTypeNotSupported();
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var interpreter = await backend.Express.RunAsync(start.ToStart(start.MachineArn.ExpressExecution(start.Name, Guid.NewGuid()), backend.Compiled(start.Machine)), cancellationToken).ConfigureAwait(false);
        var billedMilliseconds = Math.Max(100, (long)Math.Ceiling(watch.Elapsed.TotalMilliseconds / 100) * 100);
        var response = new JsonObject
        {
            ["executionArn"] = interpreter.Info.ExecutionArn,
            ["stateMachineArn"] = start.Machine.Arn,
            ["name"] = start.Name,
            ["startDate"] = MachineDescriptions.Timestamp(interpreter.Info.StartTime),
            ["stopDate"] = MachineDescriptions.Timestamp(interpreter.StopDate ?? interpreter.Info.StartTime),
            ["status"] = interpreter.Status.ToString(),
            ["input"] = start.InputText,
            ["inputDetails"] = new JsonObject { ["included"] = true },
        };
        ExecutionDescriptions.AddResult(response, interpreter.Output?.ToJson(), interpreter.Error, interpreter.Cause);

        // AWS reports outputDetails on every synchronous answer, with or without an output.
        response["outputDetails"] = new JsonObject { ["included"] = true };
        response["billingDetails"] = new JsonObject { ["billedMemoryUsedInMB"] = 64, ["billedDurationInMilliseconds"] = billedMilliseconds };
        return response;
    }
}
