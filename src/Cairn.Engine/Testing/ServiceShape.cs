using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>One shape of a service model: its type and constraints, and the shapes of its members.</summary>
internal readonly struct ServiceShape
{
    private readonly string _service;
    private readonly JObject _shapes;
    private readonly string _name;
    private readonly JObject _definition;

    public ServiceShape(string service, JObject shapes, string name)
    {
        _service = service;
        _shapes = shapes;
        _name = name;
        _definition = shapes[name] as JObject ?? JObject.Empty;
    }

    /// <summary>The model's type name: structure, list, map, string, integer, long, float, double, boolean, blob, timestamp.</summary>
    public string Type => (_definition["type"] as JString)?.Value ?? "structure";

    /// <summary>The least value (numbers) or length (strings, blobs, lists): AWS's documented limit where it differs from the model.</summary>
    public long? Min => DocumentedLimits.Find(_service, _name) is { } limit ? limit.Min : (_definition["min"] as JNumber)?.IntegerValue;

    /// <summary>The greatest value (numbers) or length (strings, blobs, lists): AWS's documented limit where it differs from the model.</summary>
    public long? Max => DocumentedLimits.Find(_service, _name) is { } limit ? limit.Max : (_definition["max"] as JNumber)?.IntegerValue;

    public JArray? Enum => _definition["enum"] as JArray;

    /// <summary>A structure's members, in model order, with the names as a state sees them (PascalCase).</summary>
    public IReadOnlyList<(string Name, ServiceShape Shape, bool Required)> Members()
    {
        if (_definition["members"] is not JObject members)
        {
            return [];
        }

        var required = _definition["required"] as JArray;
        var list = new List<(string, ServiceShape, bool)>(members.Count);
        foreach (var (name, shapeName) in members.Members)
        {
            var isRequired = required is not null && required.Any(r => r is JString s && s.Value == name);
            list.Add((PascalCase(name), new ServiceShape(_service, _shapes, ((JString)shapeName).Value), isRequired));
        }

        return list;
    }

    /// <summary>A list's element shape or a map's value shape.</summary>
    public ServiceShape Element => new(_service, _shapes, ((_definition["member"] ?? _definition["value"]) as JString)?.Value ?? string.Empty);

    /// <summary>Step Functions presents service responses with PascalCase field names (executionArn becomes ExecutionArn).</summary>
    private static string PascalCase(string name) =>
        name.Length == 0 || char.IsUpper(name[0]) ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
