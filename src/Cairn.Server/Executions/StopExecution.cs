using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>StopExecution: records ExecutionAborted with the given error and cause; an execution that has ended keeps its end.</summary>
internal sealed class StopExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "StopExecution";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        var error = request.OptionalString("error", 0, 256);
        var cause = request.OptionalString("cause", 0, 32768);
        Arns.RequireExecution(arn);
        var stopped = await backend.Host.StopAsync(arn, error, cause).ConfigureAwait(false) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        return new JsonObject { ["stopDate"] = MachineDescriptions.Timestamp(stopped.StopDate ?? backend.Time.GetUtcNow()) };
    }
}
