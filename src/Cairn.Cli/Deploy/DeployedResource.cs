using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>A resource as deployed: what <c>Ref</c> gives, its <c>Fn::GetAtt</c> attributes, and whether it was created or updated.</summary>
internal sealed record DeployedResource(string LogicalId, string Type, JValue Ref, IReadOnlyDictionary<string, JValue> Attributes, string Action)
{
    /// <summary>The physical id printed for the resource.</summary>
    public string PhysicalId => Ref is JString s ? s.Value : Ref.ToJson();
}
