using System.Text.Json.Nodes;
using Cairn.Engine.Hosting;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>
/// StartExecution. Standard: durable, answered once the start is committed; repeating a running
/// execution's name and input returns it, any other reuse of the name is ExecutionAlreadyExists.
/// Express: started in memory and answered at once.
/// </summary>
internal sealed class StartExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "StartExecution";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var start = StartRequestReader.Read(request, backend);
        var compiled = backend.Compiled(start.Machine);
        if (start.Machine.Type == StateMachineKind.EXPRESS)
        {
            var express = backend.Express.StartInBackground(start.ToStart(start.MachineArn.ExpressExecution(start.Name, Guid.NewGuid()), compiled));
            return new JsonObject { ["executionArn"] = express.Execution.ExecutionArn, ["startDate"] = MachineDescriptions.Timestamp(express.Execution.StartDate) };
        }

        var executionArn = start.MachineArn.Execution(start.Name).Value;
        var started = await backend.Host.StartWithinLimitAsync(start.ToStart(executionArn, compiled)).ConfigureAwait(false);
        var (outcome, execution) = started ?? throw ApiErrors.ExecutionLimitExceeded();
        if (outcome == ExecutionStartOutcome.NameTaken)
        {
            throw ApiErrors.ExecutionAlreadyExists(executionArn);
        }

        return new JsonObject { ["executionArn"] = execution.ExecutionArn, ["startDate"] = MachineDescriptions.Timestamp(execution.StartDate) };
    }
}
