namespace Cairn.Integrations.Aws.Models;

/// <summary>A shape of a service model: a structure, list, map or scalar, with the traits protocols need.</summary>
public sealed class Shape
{
    internal Shape(string name, string type) => (Name, Type) = (name, type);

    public string Name { get; }

    /// <summary><c>structure</c>, <c>list</c>, <c>map</c>, <c>string</c>, <c>integer</c>, <c>long</c>, <c>float</c>, <c>double</c>, <c>boolean</c>, <c>blob</c>, <c>timestamp</c>.</summary>
    public string Type { get; }

    /// <summary>Structure members in model order.</summary>
    public IReadOnlyList<ShapeMember> Members { get; internal set; } = [];

    public IReadOnlySet<string> Required { get; internal set; } = new HashSet<string>();

    /// <summary>The member bound to the HTTP body (REST protocols).</summary>
    public string? Payload { get; internal set; }

    /// <summary>List element / map key / map value.</summary>
    public ShapeMember? Member { get; internal set; }

    public ShapeMember? Key { get; internal set; }

    public ShapeMember? Value { get; internal set; }

    public bool Flattened { get; internal set; }

    public string? LocationName { get; internal set; }

    public string? TimestampFormat { get; internal set; }

    public string? XmlNamespace { get; internal set; }

    public bool IsException { get; internal set; }

    /// <summary>The error code on the wire (<c>error.code</c>), when it differs from the shape's name.</summary>
    public string? ErrorCode { get; internal set; }

    public int? ErrorStatus { get; internal set; }

    /// <summary>The error is retryable (<c>retryable</c> trait); throttling when <see cref="Throttling"/>.</summary>
    public bool Retryable { get; internal set; }

    public bool Throttling { get; internal set; }

    public bool Streaming { get; internal set; }

    public bool EventStream { get; internal set; }

    public bool IsDocument { get; internal set; }

    public ShapeMember? FindMember(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    public override string ToString() => $"{Name} ({Type})";
}
