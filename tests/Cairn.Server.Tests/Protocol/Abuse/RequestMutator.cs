using System.Text;
using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Protocol.Abuse;

/// <summary>One request of the flood: how it is sent and what it is.</summary>
internal sealed record AbuseRequest(string Method, string Path, string? Target, byte[] Body, string? LargeHeader)
{
    public override string ToString() =>
        $"{Method} {Path} X-Amz-Target: {Target ?? "(none)"}{(LargeHeader is null ? string.Empty : $" +{LargeHeader.Length}-byte header")} body ({Body.Length} bytes): {Preview()}";

    private string Preview()
    {
        var text = Encoding.UTF8.GetString(Body);
        return text.Length <= 600 ? text : text[..600] + "...";
    }
}

/// <summary>
/// Breaks well-formed requests the ways clients and attackers do: wrong member types, missing,
/// unknown and duplicated members, strings at and past their limits, names with every kind of
/// forbidden character, ARNs of the wrong kind, JSON-text members that are not JSON (or are, but
/// nest too deep, repeat keys, hold unpaired surrogates or numbers past any range), invalid UTF-8,
/// unpaired surrogate escapes, truncation, flipped bytes, other targets, methods, paths and
/// oversized headers. Deterministic for a seed.
/// </summary>
internal sealed class RequestMutator(Random random, AbuseResources resources)
{
    /// <summary>Stands in the text for bytes that are not UTF-8, replaced when the text becomes bytes.</summary>
    private const char InvalidBytesMarker = '\uE000';

    private static readonly string[] Escapes = ["\\ud800", "\\udc00", "\\udbff\\u0041", "\\u0000", "\\uffff", "\\ufffe", "\\ud83d\\ude00", "\\x", "\\u12", "\\"];

    private static readonly byte[][] InvalidBytes = [[0xff], [0xfe, 0xff], [0xc3], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xe2, 0x82]];

    private readonly List<string> _arns =
    [
        resources.MachineArn, resources.ExpressArn, resources.VersionArn, resources.AliasArn, resources.ExecutionArn,
        resources.FailedExecutionArn, resources.ActivityArn, resources.AbsentActivityArn, resources.MapRunArn,
        "arn:aws:states:us-east-1:123456789012:stateMachine:", "arn:aws:states:us-east-1:123456789012:execution:a:b:c:d",
        "arn:aws:states:eu-west-1:999999999999:stateMachine:m", "arn:aws-cn:states:cn-north-1:123456789012:activity:a",
        "arn:aws:states:us-east-1:123456789012:stateMachine:m:1:2", "arn:aws:states:us-east-1:123456789012:mapRun:m/x:y",
        "arn:aws:states:us-east-1:123456789012:express:m:e:not-a-guid", "arn:aws:lambda:us-east-1:123456789012:function:f",
        "arn:aws:states:us-east-1:123456789012:stateMachine:m:alias#case", "::::::", "arn:", "arn:aws:states:::", resources.MachineArn + ":0",
        resources.MachineArn + ":-1", resources.MachineArn + ":99999999999999999999", resources.ExecutionArn + "/x:y",
    ];

    public AbuseRequest Next(string action)
    {
        var template = RequestTemplates.Create(action, resources, random);
        var structural = random.Next(4);
        for (var i = 0; i < structural; i++)
        {
            MutateTree(template);
        }

        var text = Serialize(template, textual: random.Next(3) == 0);
        var body = ToBytes(text);
        if (random.Next(8) == 0)
        {
            body = MutateBytes(body);
        }

        var target = "AWSStepFunctions." + action;
        var method = "POST";
        var path = "/";
        string? header = null;
        switch (random.Next(200))
        {
            case 0: target = null; break;
            case 1: target = "AWSStepFunctions." + action.ToLowerInvariant(); break;
            case 2: target = "AWSStepFunctions"; break;
            case 3: target = "DynamoDB_20120810." + action; break;
            case 4: target = "AWSStepFunctions. " + action; break;
            case 5: method = random.Next(2) == 0 ? "GET" : "PUT"; break;
            case 6: path = "/" + action; break;
            case 7: header = new string('h', 33 * 1024); break;
        }

        return new AbuseRequest(method, path, target, body, header);
    }

    private void MutateTree(JsonObject root)
    {
        var target = PickObject(root);
        var names = target.Select(m => m.Key).ToList();
        var choice = random.Next(10);
        if (names.Count == 0 || choice == 0)
        {
            target[RandomKey()] = RandomValue(null);
            return;
        }

        var name = names[random.Next(names.Count)];
        switch (choice)
        {
            case 1:
                target.Remove(name);
                break;
            case 2 or 3 when RequestTemplates.JsonTextMembers.Contains(name):
                target[name] = JsonTextMutations.Mutate(random, target[name] is JsonValue text && text.TryGetValue<string>(out var json) ? json : "{}");
                break;
            default:
                target[name] = RandomValue(name);
                break;
        }
    }

    private JsonObject PickObject(JsonObject root)
    {
        var objects = new List<JsonObject>();
        JsonTextMutations.Collect(root, objects);
        return objects[random.Next(objects.Count)];
    }

    private string RandomKey() => random.Next(4) switch
    {
        0 => "unknownMember",
        1 => "",
        2 => "__type",
        _ => RequestTemplates.Actions[random.Next(RequestTemplates.Actions.Length)].ToLowerInvariant(),
    };

    private JsonNode? RandomValue(string? member)
    {
        switch (random.Next(14))
        {
            case 0: return null;
            case 1: return JsonValue.Create(random.Next(2) == 0);
            case 2: return JsonValue.Create(Numbers[random.Next(Numbers.Length)]);
            case 3: return JsonNode.Parse(RawNumbers[random.Next(RawNumbers.Length)]);
            case 4: return new JsonArray(random.Next(2) == 0 ? JsonValue.Create("x") : new JsonObject());
            case 5: return new JsonObject { ["a"] = 1 };
            case 6: return JsonValue.Create(_arns[random.Next(_arns.Count)]);
            case 7: return JsonValue.Create(new string('a', Lengths[random.Next(Lengths.Length)]));
            case 8: return JsonValue.Create(NameLike());
            case 9 when member is not null && RequestTemplates.JsonTextMembers.Contains(member):
                return JsonTextMutations.Mutate(random, "{}");
            case 10: return JsonValue.Create(Enums[random.Next(Enums.Length)]);
            case 11: return random.Next(50) == 0 ? JsonValue.Create(new string('z', 300_000)) : JsonValue.Create(string.Empty);
            case 12: return new JsonArray(Enumerable.Range(0, random.Next(40, 80)).Select(i => (JsonNode?)new JsonObject { ["key"] = "k" + i, ["value"] = "v" }).ToArray());
            default: return JsonValue.Create("s" + random.Next(1000));
        }
    }

    private static readonly double[] Numbers = [0, -1, 1.5, -0.0, 100, 101, 1000, 1001, int.MaxValue, int.MinValue, 1e15, 4.9e-324];

    private static readonly string[] RawNumbers = ["1e309", "-1e309", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1E+2", "2147483648", "0.0000000001", "1e-400"];

    private static readonly int[] Lengths = [0, 1, 64, 79, 80, 81, 128, 129, 256, 257, 1024, 1025, 2000, 2001, 2048, 2049, 3096, 3097, 32768, 32769];

    private static readonly string[] Enums = ["STANDARD", "EXPRESS", "standard", "ALL", "OFF", "ERROR", "WARNING", "TRACE", "DEBUG", "INFO", "RUNNING", "FAILED", "REDRIVEN", "ALL_DATA", "METADATA_ONLY", "STRICT", "PRESENT", "NONE", "AWS_OWNED_KEY", "CUSTOMER_MANAGED_KMS_KEY", "X"];

    private string NameLike()
    {
        var forbidden = " <>{}[]?*\"#%\\^|~`$&,;:/\t\n\u0000\u001f\u007f\u0085\u009f\u00a0\u2028\u3000\ufffe\uffff";
        var chars = new StringBuilder("n");
        var length = random.Next(1, 12);
        for (var i = 0; i < length; i++)
        {
            chars.Append(random.Next(3) == 0 ? forbidden[random.Next(forbidden.Length)] : (char)random.Next('a', 'z' + 1));
        }

        if (random.Next(6) == 0)
        {
            chars.Append("\ud83d\ude00");
        }

        return chars.ToString();
    }

    /// <summary>Writes JSON text; with <paramref name="textual"/>, also what a serializer never writes: duplicated members, raw escapes, bytes that are not UTF-8.</summary>
    private string Serialize(JsonObject root, bool textual)
    {
        var sb = new StringBuilder();
        Write(root, sb, textual);
        return sb.ToString();
    }

    private void Write(JsonNode? node, StringBuilder sb, bool textual)
    {
        switch (node)
        {
            case null:
                sb.Append("null");
                break;
            case JsonObject o:
                sb.Append('{');
                var first = true;
                foreach (var member in o)
                {
                    var times = textual && random.Next(6) == 0 ? 2 : 1;
                    for (var t = 0; t < times; t++)
                    {
                        if (!first)
                        {
                            sb.Append(',');
                        }

                        first = false;
                        WriteString(member.Key, sb, textual && random.Next(10) == 0);
                        sb.Append(':');
                        Write(member.Value, sb, textual);
                    }
                }

                sb.Append('}');
                break;
            case JsonArray a:
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    Write(a[i], sb, textual);
                }

                sb.Append(']');
                break;
            case JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String:
                WriteString(v.GetValue<string>(), sb, textual && random.Next(4) == 0);
                break;
            default:
                sb.Append(node.ToJsonString());
                break;
        }
    }

    private void WriteString(string value, StringBuilder sb, bool corrupt)
    {
        var escaped = JsonValue.Create(value).ToJsonString();
        if (!corrupt)
        {
            sb.Append(escaped);
            return;
        }

        var at = 1 + random.Next(Math.Max(1, escaped.Length - 1));
        var insertion = random.Next(3) == 0 ? InvalidBytesMarker.ToString() : Escapes[random.Next(Escapes.Length)];
        var cut = Math.Min(at, escaped.Length - 1);

        // Not inside an existing escape: find a position not preceded by a backslash.
        while (cut > 1 && escaped[cut - 1] == '\\')
        {
            cut--;
        }

        sb.Append(escaped, 0, cut).Append(insertion).Append(escaped, cut, escaped.Length - cut);
    }

    private byte[] ToBytes(string text)
    {
        if (!text.Contains(InvalidBytesMarker, StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var bytes = new List<byte>(text.Length + 8);
        foreach (var part in text.Split(InvalidBytesMarker))
        {
            if (bytes.Count > 0 || part.Length == 0)
            {
                bytes.AddRange(InvalidBytes[random.Next(InvalidBytes.Length)]);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(part));
        }

        return bytes.ToArray();
    }

    private byte[] MutateBytes(byte[] body)
    {
        if (body.Length == 0)
        {
            return body;
        }

        var bytes = new List<byte>(body);
        var at = random.Next(bytes.Count);
        switch (random.Next(6))
        {
            case 0:
                return bytes.Take(at).ToArray();
            case 1:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 2:
                bytes.Insert(at, (byte)random.Next(256));
                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                break;
            case 4:
                bytes.InsertRange(at, Encoding.ASCII.GetBytes(new string('[', 300)));
                break;
            default:
                bytes.InsertRange(at, Encoding.ASCII.GetBytes(new[] { "\"", "{", "}", ",", ":", "\\", "null", "\"\\ud800\"" }[random.Next(8)]));
                break;
        }

        return bytes.ToArray();
    }
}
