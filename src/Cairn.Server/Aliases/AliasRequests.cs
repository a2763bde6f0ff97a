using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cairn.Engine.Storage;
using Cairn.Server.Protocol;
using Cairn.Server.Versions;

namespace Cairn.Server.Aliases;

/// <summary>
/// What the alias actions read, checked as AWS checks it: the alias name (1 to 80 characters of
/// letters, digits, '_', '-', '.', not only digits), the description and the routing configuration
/// (one or two distinct versions of one machine, weights 0 to 100 summing to 100).
/// </summary>
internal static partial class AliasRequests
{
    public const int MaxAliasesPerMachine = 100;
    public const int MaxDescriptionLength = 256;
    private const string NamePattern = @"^(?=.*[a-zA-Z_\-\.])[a-zA-Z0-9_\-\.]+$";

    public static string Name(ApiRequest request)
    {
        var name = request.RequiredString("name", 1, 80);
        return ValidName().IsMatch(name)
            ? name
            : throw ApiErrors.Constraint("name", name, $"Member must satisfy regular expression pattern: {NamePattern}");
    }

    public static string? Description(ApiRequest request) => request.OptionalString("description", 0, MaxDescriptionLength);

    /// <summary>The routing configuration, or null when it is absent and not <paramref name="required"/>; returns the machine its versions belong to.</summary>
    public static (IReadOnlyList<AliasRoute> Routes, string MachineArn)? Routing(ApiRequest request, bool required)
    {
        var list = request.OptionalArray("routingConfiguration");
        if (list is null)
        {
            return required ? throw ApiErrors.Missing("routingConfiguration") : null;
        }

        var routes = new List<AliasRoute>(Math.Min(list.Count, 3));
        var index = 0;
        foreach (var node in list)
        {
            index++;
            if (node is not JsonObject item)
            {
                throw ApiErrors.Serialization("Expected an object for 'routingConfiguration' members");
            }

            var scoped = new ApiRequest(item, request.Caller);
            var arn = scoped.RequiredString("stateMachineVersionArn", 1, 256);
            var weight = ReadWeight(scoped, index);
            routes.Add(new AliasRoute(arn, weight));
        }

        if (routes.Count == 0)
        {
            throw ApiErrors.Constraint("routingConfiguration", "[]", "Member must have length greater than or equal to 1");
        }

        if (routes.Count > 2)
        {
            var text = string.Join(", ", routes.Select(r => $"RoutingConfigurationListItem(stateMachineVersionArn={r.StateMachineVersionArn}, weight={r.Weight})"));
            throw ApiErrors.Constraint("routingConfiguration", $"[{text}]", "Member must have length less than or equal to 2");
        }

        var received = $"[{string.Join(", ", routes.Select(r => r.StateMachineVersionArn))}]";
        var parsed = routes.Select(r => Arns.Parse(r.StateMachineVersionArn)).ToList();
        if (!parsed.All(p => p.IsVersion))
        {
            throw ApiErrors.Validation($"Routing configuration must contain state machine version ARNs. Received: {received}");
        }

        if (routes.Select(r => r.StateMachineVersionArn).Distinct(StringComparer.Ordinal).Count() != routes.Count)
        {
            throw ApiErrors.Validation($"Routing configuration must contain distinct state machine version ARNs. Received: {received}");
        }

        var machines = parsed.Select(p => p.Machine.Value).Distinct(StringComparer.Ordinal).ToList();
        if (machines.Count != 1)
        {
            throw ApiErrors.Validation($"Routing configuration must contain state machine version ARNs of the same state machine. Received: {received}");
        }

        if (routes.Sum(r => r.Weight) != 100)
        {
            throw ApiErrors.Validation($"Sum of routing configuration weights must equal 100. Received: [{string.Join(", ", routes.Select(r => r.Weight))}]");
        }

        return (routes, machines[0]);
    }

    /// <summary>Every version the routing names must exist.</summary>
    public static void RequireVersions(StepFunctionsBackend backend, IReadOnlyList<AliasRoute> routes)
    {
        foreach (var route in routes)
        {
            if (backend.Versions.GetVersion(route.StateMachineVersionArn) is null)
            {
                throw VersionErrors.ResourceNotFound();
            }
        }
    }

    /// <summary>The alias an ARN names; InvalidArn or ResourceNotFound otherwise.</summary>
    public static StateMachineAliasRecord RequireAlias(StepFunctionsBackend backend, string arn)
    {
        Arns.RequireAlias(arn);
        return backend.Versions.GetAlias(arn) ?? throw VersionErrors.ResourceNotFound();
    }

    public static JsonArray RoutingJson(IReadOnlyList<AliasRoute> routes)
    {
        var list = new JsonArray();
        foreach (var route in routes)
        {
            list.Add(new JsonObject { ["stateMachineVersionArn"] = route.StateMachineVersionArn, ["weight"] = route.Weight });
        }

        return list;
    }

    private static int ReadWeight(ApiRequest item, int index)
    {
        var field = $"routingConfiguration.{index}.member.weight";
        var node = item.Body["weight"] ?? throw ApiErrors.Missing(field);
        if (node.GetValueKind() != System.Text.Json.JsonValueKind.Number || !node.AsValue().TryGetValue<long>(out var weight))
        {
            throw ApiErrors.Serialization("Expected an integer for 'weight'");
        }

        var text = weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return weight switch
        {
            < 0 => throw ApiErrors.Constraint(field, text, "Member must have value greater than or equal to 0"),
            > 100 => throw ApiErrors.Constraint(field, text, "Member must have value less than or equal to 100"),
            _ => (int)weight,
        };
    }

    [GeneratedRegex(NamePattern, RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
