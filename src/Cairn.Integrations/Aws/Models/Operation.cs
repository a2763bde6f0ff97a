namespace Cairn.Integrations.Aws.Models;

/// <summary>An operation of a service model: its HTTP binding, input and output shapes and modelled errors.</summary>
public sealed class Operation
{
    internal Operation(string name) => Name = name;

    public string Name { get; }

    public string HttpMethod { get; internal set; } = "POST";

    /// <summary>The request URI template (e.g. <c>/{Bucket}/{Key+}?uploads</c>).</summary>
    public string RequestUri { get; internal set; } = "/";

    public int? ResponseCode { get; internal set; }

    public Shape? Input { get; internal set; }

    /// <summary>The input's root element name and namespace (rest-xml).</summary>
    public string? InputLocationName { get; internal set; }

    public string? InputXmlNamespace { get; internal set; }

    public Shape? Output { get; internal set; }

    /// <summary>The element the query protocols wrap the output in (<c>SendMessageResult</c>).</summary>
    public string? ResultWrapper { get; internal set; }

    /// <summary>A host prefix template (<c>{AccountId}.</c>).</summary>
    public string? HostPrefix { get; internal set; }

    public IReadOnlyList<Shape> Errors { get; internal set; } = [];

    /// <summary>The request needs a <c>Content-MD5</c> header.</summary>
    public bool ChecksumRequired { get; internal set; }

    public override string ToString() => Name;
}
