using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>REST-XML (S3, Route 53, CloudFront): the operation's HTTP binding, the body as XML (or the raw payload).</summary>
internal sealed class RestXmlProtocol : RestProtocol
{
    public static readonly RestXmlProtocol Instance = new();

    public override JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style) =>
        RestBinding.ReadOutput(operation, response, style, shape => XmlShapes.Parse(Root(response), shape, style));

    public override AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response)
    {
        if (response.Body.Length == 0 || TryRoot(response) is not { } root)
        {
            var error = StatusError(response);
            // HEAD answers carry no body: the SDKs name the error after the status.
            return response.Status == 404
                ? new AwsServiceException("NotFound", "Not Found", 404, response.RequestId) { ExtendedRequestId = response.Header("x-amz-id-2") }
                : error;
        }

        var element = root.Name.LocalName == "Error" ? root : XmlShapes.Descendant(root, "Error") ?? root;
        var code = XmlShapes.Children(element, "Code").FirstOrDefault()?.Value;
        if (code is null)
        {
            return StatusError(response, Encoding.UTF8.GetString(response.Body));
        }

        var message = XmlShapes.Children(element, "Message").FirstOrDefault()?.Value ?? string.Empty;
        var requestId = XmlShapes.Descendant(root, "RequestId")?.Value ?? response.RequestId;
        return new AwsServiceException(code, message, response.Status, requestId, model.FindError(code))
        {
            ExtendedRequestId = XmlShapes.Descendant(root, "HostId")?.Value ?? response.Header("x-amz-id-2"),
        };
    }

    protected override (byte[] Body, string? ContentType) StructurePayload(Operation operation, ShapeMember member, JValue payload, string where)
    {
        var ns = member.XmlNamespace ?? member.Shape.XmlNamespace ?? operation.InputXmlNamespace;
        var root = new XElement(XName.Get(member.LocationName ?? member.Shape.LocationName ?? member.ShapeName, ns ?? string.Empty));
        XmlShapes.Serialize(root, payload, member.Shape, where);
        return (Xml(root), "application/xml");
    }

    /// <summary>The body members as XML, when the input has any (an input of only bound members sends no body).</summary>
    protected override (byte[] Body, string ContentType)? BodyMembers(Operation operation, Shape shape, JObject input)
    {
        if (!input.Keys.Any(k => shape.FindMember(k) is { Location: null }))
        {
            return null;
        }

        var root = new XElement(XName.Get(operation.InputLocationName ?? shape.Name, operation.InputXmlNamespace ?? string.Empty));
        XmlShapes.Serialize(root, input, shape, operation.Name);
        return (Xml(root), "application/xml");
    }

    /// <summary>The protocol's integrity checksum of operations that require one (httpChecksumRequired), not a security measure.</summary>
    protected override void Complete(Operation operation, AwsRequest request, byte[] body)
    {
        if (operation.ChecksumRequired && request.Header("Content-MD5") is null)
        {
#pragma warning disable CA5351
            request.Headers.Add(new("Content-MD5", Convert.ToBase64String(MD5.HashData(body))));
#pragma warning restore CA5351
        }
    }

    internal static XElement Root(AwsHttpResponse response) =>
        TryRoot(response) ?? throw Unreadable(response, "a body that is not XML");

    internal static XElement? TryRoot(AwsHttpResponse response)
    {
        try
        {
            using var stream = new MemoryStream(response.Body);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return XDocument.Load(reader).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static byte[] Xml(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false) }))
        {
            root.Save(writer);
        }

        return stream.ToArray();
    }
}
