using System.Globalization;
using System.Text.Json;
using Cairn.Engine.Execution;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;

namespace Cairn.Server.MapRuns;

/// <summary>
/// UpdateMapRun: changes a running Map Run's maximum concurrency and failure thresholds. The change
/// is an input of the execution, so the running Map sees it at once and a replay sees it at the same point.
/// </summary>
internal sealed class UpdateMapRun(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "UpdateMapRun";

    public async Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var arn = request.RequiredString("mapRunArn", 1, 2000);
        var maxConcurrency = request.OptionalInt("maxConcurrency", 0, int.MaxValue);
        var toleratedFailureCount = OptionalLong(request, "toleratedFailureCount");
        var toleratedFailurePercentage = OptionalPercentage(request, "toleratedFailurePercentage");
        Arns.RequireMapRun(arn);
        var run = backend.MapRuns.GetMapRun(arn) ?? throw ApiErrors.ResourceNotFound(arn);
        var update = new MapRunUpdate(arn, maxConcurrency, toleratedFailureCount, toleratedFailurePercentage);
        if (!await backend.Host.UpdateMapRunAsync(run.ExecutionArn, update).ConfigureAwait(false))
        {
            throw ApiErrors.Validation($"Map Run is not running: '{arn}'");
        }

        return ApiResponse.Empty;
    }

    private static long? OptionalLong(ApiRequest request, string field)
    {
        var node = request.Body[field];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<long>(out var value))
        {
            throw ApiErrors.Serialization($"Expected a long for '{field}'");
        }

        return value >= 0
            ? value
            : throw ApiErrors.Constraint(field, value.ToString(CultureInfo.InvariantCulture), "Member must have value greater than or equal to 0");
    }

    private static double? OptionalPercentage(ApiRequest request, string field)
    {
        var node = request.Body[field];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<double>(out var value))
        {
            throw ApiErrors.Serialization($"Expected a float for '{field}'");
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        return value switch
        {
            < 0 => throw ApiErrors.Constraint(field, text, "Member must have value greater than or equal to 0"),
            > 100 => throw ApiErrors.Constraint(field, text, "Member must have value less than or equal to 100"),
            _ => value,
        };
    }
}
