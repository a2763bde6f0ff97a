using Cairn.Json;

namespace Cairn.Integrations.Aws.Models;

/// <summary>Reads a botocore <c>service-2.json</c> document into a <see cref="ServiceModel"/>.</summary>
public static class ServiceModelReader
{
    public static ServiceModel Read(string json, string origin)
    {
        if (JValue.Parse(json) is not JObject root || root["metadata"] is not JObject metadata ||
            root["operations"] is not JObject operationsJson || root["shapes"] is not JObject shapesJson)
        {
            throw new InvalidDataException($"{origin}: not a service model (expected metadata, operations and shapes)");
        }

        var shapes = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var (name, value) in shapesJson)
        {
            var s = (JObject)value;
            shapes[name] = new Shape(name, Text(s, "type") ?? "structure");
        }

        var pending = new List<ShapeMember>();
        foreach (var (name, value) in shapesJson)
        {
            ReadShape(shapes[name], (JObject)value, pending);
        }

        foreach (var member in pending)
        {
            member.Shape = shapes.TryGetValue(member.ShapeName, out var target)
                ? target
                : throw new InvalidDataException($"{origin}: shape '{member.ShapeName}' is referenced but not defined");
        }

        var operations = new Dictionary<string, Operation>(StringComparer.Ordinal);
        foreach (var (name, value) in operationsJson)
        {
            var o = (JObject)value;
            var operation = new Operation(name);
            if (o["http"] is JObject http)
            {
                operation.HttpMethod = Text(http, "method") ?? "POST";
                operation.RequestUri = Text(http, "requestUri") ?? "/";
                operation.ResponseCode = http["responseCode"] is JNumber code ? (int)code.IntegerValue : null;
            }

            if (o["input"] is JObject input)
            {
                operation.Input = shapes[Text(input, "shape")!];
                operation.InputLocationName = Text(input, "locationName");
                operation.InputXmlNamespace = input["xmlNamespace"] is JObject ns ? Text(ns, "uri") : null;
            }

            if (o["output"] is JObject output)
            {
                operation.Output = shapes[Text(output, "shape")!];
                operation.ResultWrapper = Text(output, "resultWrapper");
            }

            if (o["errors"] is JArray errors)
            {
                operation.Errors = errors.OfType<JObject>().Select(e => shapes[Text(e, "shape")!]).ToList();
            }

            operation.HostPrefix = o["endpoint"] is JObject endpoint ? Text(endpoint, "hostPrefix") : null;
            operation.ChecksumRequired = o["httpChecksumRequired"] is JBool { Value: true }
                || (o["httpChecksum"] is JObject checksum && checksum["requestChecksumRequired"] is JBool { Value: true });
            operations[name] = operation;
        }

        var protocol = Text(metadata, "protocol") ?? "json";
        var endpointPrefix = Text(metadata, "endpointPrefix") ?? throw new InvalidDataException($"{origin}: metadata.endpointPrefix is missing");
        return new ServiceModel(Text(metadata, "serviceId") ?? endpointPrefix, operations, shapes)
        {
            Protocol = protocol,
            ApiVersion = Text(metadata, "apiVersion") ?? string.Empty,
            EndpointPrefix = endpointPrefix,
            SigningName = Text(metadata, "signingName") ?? endpointPrefix,
            JsonVersion = Text(metadata, "jsonVersion"),
            TargetPrefix = Text(metadata, "targetPrefix"),
            GlobalEndpoint = Text(metadata, "globalEndpoint"),
            AwsQueryCompatible = metadata["awsQueryCompatible"] is JObject,
            XmlNamespace = Text(metadata, "xmlNamespace"),
        };
    }

    private static void ReadShape(Shape shape, JObject s, List<ShapeMember> pending)
    {
        if (s["members"] is JObject members)
        {
            shape.Members = members.Select(m => Member(m.Key, (JObject)m.Value, pending)).ToList();
        }

        if (s["required"] is JArray required)
        {
            shape.Required = required.OfType<JString>().Select(r => r.Value).ToHashSet(StringComparer.Ordinal);
        }

        shape.Payload = Text(s, "payload");
        shape.Member = s["member"] is JObject member ? Member("member", member, pending) : null;
        shape.Key = s["key"] is JObject key ? Member("key", key, pending) : null;
        shape.Value = s["value"] is JObject value ? Member("value", value, pending) : null;
        shape.Flattened = s["flattened"] is JBool { Value: true };
        shape.LocationName = Text(s, "locationName");
        shape.TimestampFormat = Text(s, "timestampFormat");
        shape.XmlNamespace = s["xmlNamespace"] is JObject ns ? Text(ns, "uri") : null;
        shape.IsException = s["exception"] is JBool { Value: true } || s["error"] is JObject;
        if (s["error"] is JObject error)
        {
            shape.ErrorCode = Text(error, "code");
            shape.ErrorStatus = error["httpStatusCode"] is JNumber status ? (int)status.IntegerValue : null;
        }

        if (s["retryable"] is JObject retryable)
        {
            shape.Retryable = true;
            shape.Throttling = retryable["throttling"] is JBool { Value: true };
        }

        shape.Streaming = s["streaming"] is JBool { Value: true };
        shape.EventStream = s["eventstream"] is JBool { Value: true };
        shape.IsDocument = s["document"] is JBool { Value: true };
    }

    private static ShapeMember Member(string name, JObject m, List<ShapeMember> pending)
    {
        var member = new ShapeMember(name, Text(m, "shape")!)
        {
            Location = Text(m, "location"),
            LocationName = Text(m, "locationName"),
            Flattened = m["flattened"] is JBool flattened ? flattened.Value : null,
            XmlAttribute = m["xmlAttribute"] is JBool { Value: true },
            XmlNamespace = m["xmlNamespace"] is JObject ns ? Text(ns, "uri") : null,
            QueryName = Text(m, "queryName"),
            JsonValue = m["jsonvalue"] is JBool { Value: true },
            IdempotencyToken = m["idempotencyToken"] is JBool { Value: true },
            HostLabel = m["hostLabel"] is JBool { Value: true },
            TimestampFormat = Text(m, "timestampFormat"),
        };
        pending.Add(member);
        return member;
    }

    private static string? Text(JObject o, string name) => o[name] is JString s ? s.Value : null;
}
