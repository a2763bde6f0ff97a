using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>Shapes as JSON bodies (the json and rest-json protocols): members by wire name, timestamps in epoch seconds, blobs in base64.</summary>
internal static class JsonShapes
{
    /// <summary>An input value (keyed by member names, blobs in base64) as the service's JSON.</summary>
    public static JValue Serialize(JValue value, Shape shape, string where, string? timestampFormat = null)
    {
        switch (shape.Type)
        {
            case "structure":
                if (shape.IsDocument)
                {
                    return value;
                }

                var input = ProtocolValues.Expect<JObject>(value, where, "an object");
                var builder = new JObjectBuilder(input.Count);
                foreach (var (name, member) in input)
                {
                    if (member.IsNull)
                    {
                        continue;
                    }

                    var definition = shape.FindMember(name) ?? throw new AwsParameterException($"'{where}' has no member '{name}'");
                    if (definition.Location is not null)
                    {
                        continue;
                    }

                    builder.Set(definition.WireName, Serialize(member, definition.Shape, $"{where}.{name}", definition.TimestampFormat));
                }

                return builder.Build();
            case "list":
                var list = ProtocolValues.Expect<JArray>(value, where, "an array");
                var items = new JValue[list.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Serialize(list[i], shape.Member!.Shape, $"{where}[{i}]", shape.Member.TimestampFormat);
                }

                return JArray.Adopt(items);
            case "map":
                var map = ProtocolValues.Expect<JObject>(value, where, "an object");
                var entries = new JObjectBuilder(map.Count);
                foreach (var (key, entry) in map)
                {
                    entries.Set(key, Serialize(entry, shape.Value!.Shape, $"{where}.{key}", shape.Value.TimestampFormat));
                }

                return entries.Build();
            case "timestamp":
                var time = ProtocolValues.ReadTimestamp(value, where);
                var format = timestampFormat ?? shape.TimestampFormat ?? ProtocolValues.UnixTimestamp;
                return format == ProtocolValues.UnixTimestamp
                    ? JNumber.From(time.ToUnixTimeMilliseconds() / 1000.0)
                    : new JString(ProtocolValues.FormatTimestamp(time, format));
            case "integer" or "long":
                return value is JString s && long.TryParse(s.Value, out var l) ? JNumber.From(l) : ProtocolValues.Expect<JNumber>(value, where, "a number");
            case "float" or "double":
                return value is JString f && double.TryParse(f.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                    ? JNumber.From(d)
                    : ProtocolValues.Expect<JNumber>(value, where, "a number");
            case "boolean":
                return value is JString b && bool.TryParse(b.Value, out var flag) ? JBool.From(flag) : ProtocolValues.Expect<JBool>(value, where, "a boolean");
            default:
                return value is JString ? value : new JString(value.ToJson());
        }
    }

    /// <summary>A service's JSON as the output of <paramref name="shape"/>.</summary>
    public static JValue Parse(JValue json, Shape shape, OutputStyle style)
    {
        switch (shape.Type)
        {
            case "structure" when !shape.IsDocument && json is JObject o:
                var builder = new JObjectBuilder(shape.Members.Count);
                foreach (var member in shape.Members)
                {
                    if (member.Location is null && o[member.WireName] is { IsNull: false } value)
                    {
                        builder.Set(OutputName(member.Name, style), Parse(value, member.Shape, style));
                    }
                }

                return builder.Build();
            case "list" when json is JArray a:
                var items = new JValue[a.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Parse(a[i], shape.Member!.Shape, style);
                }

                return JArray.Adopt(items);
            case "map" when json is JObject m:
                var entries = new JObjectBuilder(m.Count);
                foreach (var (key, value) in m)
                {
                    entries.Set(key, value.IsNull ? value : Parse(value, shape.Value!.Shape, style));
                }

                return entries.Build();
            case "timestamp":
                var time = json switch
                {
                    JNumber n => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(n.DoubleValue * 1000)),
                    JString s => ProtocolValues.ParseTimestamp(s.Value),
                    _ => null,
                };
                return time is { } t ? ProtocolValues.OutputTimestamp(t, style) : json;
            default:
                return json;
        }
    }

    public static string OutputName(string name, OutputStyle style) =>
        style.CapitalizeMembers && name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;
}
