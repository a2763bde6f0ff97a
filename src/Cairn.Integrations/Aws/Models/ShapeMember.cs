namespace Cairn.Integrations.Aws.Models;

/// <summary>A reference to a shape (a structure member, list element, map key or value) with its serialisation traits.</summary>
public sealed class ShapeMember
{
    internal ShapeMember(string name, string shapeName) => (Name, ShapeName) = (name, shapeName);

    public string Name { get; }

    public string ShapeName { get; }

    public Shape Shape { get; internal set; } = null!;

    /// <summary><c>header</c>, <c>headers</c>, <c>uri</c>, <c>querystring</c>, <c>statusCode</c>; null for the body.</summary>
    public string? Location { get; internal set; }

    public string? LocationName { get; internal set; }

    public bool? Flattened { get; internal set; }

    public bool XmlAttribute { get; internal set; }

    public string? XmlNamespace { get; internal set; }

    public string? QueryName { get; internal set; }

    /// <summary>A header whose value is JSON, base64-encoded.</summary>
    public bool JsonValue { get; internal set; }

    public bool IdempotencyToken { get; internal set; }

    public bool HostLabel { get; internal set; }

    public string? TimestampFormat { get; internal set; }

    /// <summary>The wire name: <see cref="LocationName"/> when given, else the member name.</summary>
    public string WireName => LocationName ?? Name;

    public bool IsFlattened => Flattened ?? Shape.Flattened;

    public override string ToString() => $"{Name}: {ShapeName}";
}
