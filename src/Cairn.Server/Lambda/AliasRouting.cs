using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>An alias's <c>RoutingConfig.AdditionalVersionWeights</c>, read in one place for CreateAlias and UpdateAlias.</summary>
internal static class AliasRouting
{
    public static Dictionary<string, double>? Weights(LambdaRequest request)
    {
        if (request.Object("RoutingConfig") is not { } routing)
        {
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (request.Object("AdditionalVersionWeights", routing) is { } map)
        {
            foreach (var (version, weight) in map)
            {
                weights[version] = weight is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                    ? v.GetValue<double>()
                    : throw LambdaException.InvalidRequestContent("Could not parse request body into json: Could not parse 'AdditionalVersionWeights': expected numbers");
            }
        }

        return weights;
    }
}
