using System.Text.Json.Nodes;
using Cairn.Server.Protocol;
using Cairn.Server.StateMachines;

namespace Cairn.Server.Executions;

/// <summary>
/// RedriveExecution: a Standard execution that failed, was aborted or timed out runs again from the
/// states that did not finish, under the same ARN. A client token repeats an earlier redrive's answer.
/// </summary>
internal sealed class RedriveExecution(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "RedriveExecution";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("executionArn", 1, 256);
        var clientToken = request.OptionalString("clientToken", 1, 64);
        if (clientToken is not null && clientToken.Any(c => c is < '!' or > '~'))
        {
            throw ApiErrors.Constraint("clientToken", clientToken, "Member must satisfy regular expression pattern: [!-~]+");
        }

        var parsed = Arns.RequireExecution(arn, allowExpress: true);
        if (parsed.ResourceType != Arns.ExecutionType)
        {
            throw ApiErrors.ExecutionNotRedrivable("Execution is EXPRESS and cannot be redriven");
        }

        var result = await backend.Host.RedriveAsync(arn, clientToken).ConfigureAwait(false) ?? throw ApiErrors.ExecutionDoesNotExist(arn);
        if (result.ExecutionLimitExceeded)
        {
            throw ApiErrors.ExecutionLimitExceeded();
        }

        if (result.NotRedrivableReason is { } reason)
        {
            throw ApiErrors.ExecutionNotRedrivable(reason);
        }

        return new JsonObject { ["redriveDate"] = MachineDescriptions.Timestamp(result.RedriveDate!.Value) };
    }
}
