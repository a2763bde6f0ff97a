using System.Text.Json.Nodes;
using Cairn.Asl.Validation;
using Cairn.Server.Protocol;

namespace Cairn.Server.StateMachines;

/// <summary>ValidateStateMachineDefinition: the validator's diagnostics, most severe first, up to maxResults.</summary>
internal sealed class ValidateStateMachineDefinition : IApiAction
{
    private static readonly string[] Types = ["STANDARD", "EXPRESS"];
    private static readonly string[] Severities = ["ERROR", "WARNING"];

    public string Name => "ValidateStateMachineDefinition";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var definition = request.OptionalPayload("definition", Asl.ServiceLimits.MaxDefinitionBytes) ?? throw ApiErrors.Missing("definition");
        ApiRequest.CheckLength("definition", definition, definition.Length, 1, int.MaxValue);
        var type = request.OptionalEnum("type", Types) ?? "STANDARD";
        var severity = request.OptionalEnum("severity", Severities) ?? "ERROR";
        var limit = request.OptionalInt("maxResults", 0, 100) is { } n and > 0 ? n : 100;
        var diagnostics = DefinitionValidator.Validate(definition, type == "EXPRESS" ? ValidationOptions.Express : ValidationOptions.Standard)
            .Where(d => severity == "WARNING" || d.Severity == DiagnosticSeverity.Error)
            .ToList();
        var list = new JsonArray();
        foreach (var d in diagnostics.Take(limit))
        {
            var item = new JsonObject
            {
                ["severity"] = d.Severity == DiagnosticSeverity.Error ? "ERROR" : "WARNING",
                ["code"] = d.Code,
                ["message"] = d.Message,
            };
            if (d.Location is not null)
            {
                item["location"] = d.Location;
            }

            list.Add(item);
        }

        return Task.FromResult<ApiResponse>(new JsonObject
        {
            ["result"] = DefinitionValidator.IsValid(diagnostics) ? "OK" : "FAIL",
            ["diagnostics"] = list,
            ["truncated"] = diagnostics.Count > limit,
        });
    }
}
