using System.Xml.Linq;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// Shapes as XML (the query, ec2 and rest-xml protocols): members as elements named by their
/// <c>locationName</c>, lists wrapped in <c>member</c> elements unless flattened, maps as
/// <c>entry</c>/<c>key</c>/<c>value</c>, attributes where the model says <c>xmlAttribute</c>.
/// Namespaces are ignored when reading.
/// </summary>
internal static class XmlShapes
{
    public static JValue Parse(XElement element, Shape shape, OutputStyle style)
    {
        switch (shape.Type)
        {
            case "structure":
                var builder = new JObjectBuilder(shape.Members.Count);
                foreach (var member in shape.Members)
                {
                    if (member.Location is not null)
                    {
                        continue;
                    }

                    var name = OutputName(member, style);
                    if (member.XmlAttribute)
                    {
                        var attribute = element.Attributes().FirstOrDefault(a => a.Name.LocalName == LocalName(member.WireName));
                        if (attribute is not null)
                        {
                            builder.Set(name, ProtocolValues.ParseScalar(attribute.Value, member.Shape, style));
                        }

                        continue;
                    }

                    if (member.Shape.Type is "list" or "map" && member.IsFlattened)
                    {
                        var elementName = member.Shape.Type == "list" ? member.Shape.Member!.LocationName ?? member.WireName : member.WireName;
                        var repeated = Children(element, elementName).ToList();
                        if (repeated.Count > 0)
                        {
                            builder.Set(name, member.Shape.Type == "list" ? ParseItems(repeated, member.Shape, style) : ParseEntries(repeated, member.Shape, style));
                        }

                        continue;
                    }

                    if (Children(element, member.WireName).FirstOrDefault() is { } child)
                    {
                        builder.Set(name, Parse(child, member.Shape, style));
                    }
                }

                return builder.Build();
            case "list":
                return ParseItems(Children(element, shape.Member!.LocationName ?? "member").ToList(), shape, style);
            case "map":
                return ParseEntries(Children(element, "entry").ToList(), shape, style);
            default:
                return ProtocolValues.ParseScalar(element.Value, shape, style);
        }
    }

    /// <summary>An input value as the children (and attributes) of <paramref name="element"/> (rest-xml bodies).</summary>
    public static void Serialize(XElement element, JValue value, Shape shape, string where)
    {
        XNamespace ns = element.Name.Namespace;
        switch (shape.Type)
        {
            case "structure":
                var input = ProtocolValues.Expect<JObject>(value, where, "an object");
                foreach (var member in shape.Members)
                {
                    if (member.Location is not null || input[member.Name] is not { IsNull: false } memberValue)
                    {
                        continue;
                    }

                    var at = $"{where}.{member.Name}";
                    if (member.XmlAttribute)
                    {
                        var attributeName = member.WireName.Contains(':') ? XName.Get(member.WireName.Split(':')[1], "http://www.w3.org/2001/XMLSchema-instance") : XName.Get(member.WireName);
                        element.SetAttributeValue(attributeName, ProtocolValues.ScalarText(memberValue, member.Shape.Type, member.TimestampFormat ?? ProtocolValues.Iso8601, at));
                        continue;
                    }

                    if (member.Shape.Type == "list" && member.IsFlattened)
                    {
                        foreach (var item in ProtocolValues.Expect<JArray>(memberValue, at, "an array"))
                        {
                            var itemElement = new XElement(ns + (member.Shape.Member!.LocationName ?? member.WireName));
                            Serialize(itemElement, item, member.Shape.Member.Shape, at);
                            element.Add(itemElement);
                        }

                        continue;
                    }

                    var child = new XElement(ns + member.WireName);
                    if (member.XmlNamespace is { } memberNamespace)
                    {
                        child = new XElement(XName.Get(member.WireName, memberNamespace));
                    }

                    Serialize(child, memberValue, member.Shape, at);
                    element.Add(child);
                }

                return;
            case "list":
                foreach (var item in ProtocolValues.Expect<JArray>(value, where, "an array"))
                {
                    var itemElement = new XElement(ns + (shape.Member!.LocationName ?? "member"));
                    Serialize(itemElement, item, shape.Member.Shape, where);
                    element.Add(itemElement);
                }

                return;
            case "map":
                foreach (var (key, entryValue) in ProtocolValues.Expect<JObject>(value, where, "an object"))
                {
                    var entry = new XElement(ns + "entry");
                    entry.Add(new XElement(ns + (shape.Key!.LocationName ?? "key"), key));
                    var valueElement = new XElement(ns + (shape.Value!.LocationName ?? "value"));
                    Serialize(valueElement, entryValue, shape.Value.Shape, where);
                    entry.Add(valueElement);
                    element.Add(entry);
                }

                return;
            default:
                element.Value = ProtocolValues.ScalarText(value, shape.Type, shape.TimestampFormat ?? ProtocolValues.Iso8601, where);
                return;
        }
    }

    public static IEnumerable<XElement> Children(XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Descendant(XElement element, string localName) =>
        element.Descendants().FirstOrDefault(e => e.Name.LocalName == localName);

    private static JArray ParseItems(List<XElement> items, Shape list, OutputStyle style)
    {
        var values = new JValue[items.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Parse(items[i], list.Member!.Shape, style);
        }

        return JArray.Adopt(values);
    }

    private static JObject ParseEntries(List<XElement> entries, Shape map, OutputStyle style)
    {
        var builder = new JObjectBuilder(entries.Count);
        foreach (var entry in entries)
        {
            var key = Children(entry, map.Key!.LocationName ?? "key").FirstOrDefault()?.Value;
            var value = Children(entry, map.Value!.LocationName ?? "value").FirstOrDefault();
            if (key is not null)
            {
                builder.Set(key, value is null ? JNull.Instance : Parse(value, map.Value.Shape, style));
            }
        }

        return builder.Build();
    }

    private static string OutputName(ShapeMember member, OutputStyle style) => JsonShapes.OutputName(member.Name, style);

    private static string LocalName(string name) => name.Contains(':') ? name[(name.IndexOf(':') + 1)..] : name;
}
