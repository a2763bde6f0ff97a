using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>One entry of a template's <c>Resources</c>: its logical id, type, properties (intrinsics unresolved), explicit <c>DependsOn</c> and <c>Condition</c>.</summary>
internal sealed record TemplateResource(string LogicalId, string Type, JObject Properties, IReadOnlyList<string> DependsOn, string? Condition);
