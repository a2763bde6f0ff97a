using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cairn.Conformance.Tests.Python;

/// <summary>
/// Helpers for the Python-like value model used by the normaliser: <c>null</c>, <see cref="bool"/>,
/// <see cref="long"/>/<see cref="BigInteger"/> (Python int), <see cref="double"/> (Python float),
/// <see cref="string"/>, <see cref="DateTimeOffset"/> (botocore's datetime objects),
/// <see cref="List{T}"/> of object (list) and <see cref="OrderedDictionary{TKey,TValue}"/> (dict, which keeps
/// insertion order like Python's). Keeping ints and floats apart matters: the recording compared strictly.
/// </summary>
public static class PyValue
{
    public static object NormaliseInt(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : value;

    public static bool IsInt(object? v) => v is long or BigInteger;

    /// <summary><c>str(datetime)</c>, or <c>datetime.isoformat()</c> with <paramref name="iso"/>.</summary>
    public static string DateTimeToString(DateTimeOffset dt, bool iso)
    {
        var utc = dt.ToUniversalTime();
        var s = utc.ToString(iso ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var micros = (utc.Ticks % TimeSpan.TicksPerSecond) / 10;
        if (micros != 0)
        {
            s += "." + micros.ToString("000000", CultureInfo.InvariantCulture);
        }

        return s + "+00:00";
    }

    public static object? DeepClone(object? value) => value switch
    {
        List<object?> list => list.Select(DeepClone).ToList(),
        OrderedDictionary<string, object?> dict => CloneDict(dict),
        _ => value,
    };

    private static OrderedDictionary<string, object?> CloneDict(OrderedDictionary<string, object?> dict)
    {
        var copy = new OrderedDictionary<string, object?>(dict.Count);
        foreach (var (k, v) in dict)
        {
            copy.Add(k, DeepClone(v));
        }

        return copy;
    }

    /// <summary>Python's <c>str(value)</c> for the value kinds that occur in snapshots.</summary>
    public static string Str(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => double.IsNaN(d) ? "nan" : double.IsInfinity(d) ? (d > 0 ? "inf" : "-inf") : PyFloatFormatter.Repr(d),
        DateTimeOffset dt => DateTimeToString(dt, iso: false),

        // repr of containers never starts with an ISO date, which is all callers need to know.
        List<object?> => "[...]",
        _ => "{...}",
    };

    /// <summary>Python equality with strict kinds, as DeepDiff compares: 1 != 1.0, True != 1.</summary>
    public static bool StrictEquals(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case bool ab:
                return b is bool bb && ab == bb;
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case long or BigInteger:
                return IsInt(b) && ToBig(a) == ToBig(b!);
            case double da:
                return b is double db && (da.Equals(db));
            case DateTimeOffset ta:
                return b is DateTimeOffset tb && ta == tb;
            case List<object?> la:
                return b is List<object?> lb && la.Count == lb.Count && la.Zip(lb).All(p => StrictEquals(p.First, p.Second));
            case OrderedDictionary<string, object?> oa:
                if (b is not OrderedDictionary<string, object?> ob || oa.Count != ob.Count)
                {
                    return false;
                }

                foreach (var (k, v) in oa)
                {
                    if (!ob.TryGetValue(k, out var other) || !StrictEquals(v, other))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return Equals(a, b);
        }
    }

    private static BigInteger ToBig(object v) => v is long l ? l : (BigInteger)v;

    /// <summary>Converts recorded/parsed JSON (System.Text.Json) into the value model.</summary>
    public static object? FromNode(JsonNode? node)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
                var dict = new OrderedDictionary<string, object?>();
                foreach (var (k, v) in obj)
                {
                    dict[k] = FromNode(v);
                }

                return dict;
            case JsonArray arr:
                return arr.Select(FromNode).ToList();
            case JsonValue value:
                return FromJsonValue(value);
            default:
                throw new ArgumentException("Unknown JSON node");
        }
    }

    private static object? FromJsonValue(JsonValue value)
    {
        if (value.TryGetValue<JsonElement>(out var element))
        {
            return element.ValueKind switch
            {
                JsonValueKind.Number => PyJson.Parse(element.GetRawText()),
                JsonValueKind.String => element.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Null => null,
                _ => FromNode(JsonNode.Parse(element.GetRawText())),
            };
        }

        if (value.TryGetValue<string>(out var s)) { return s; }
        if (value.TryGetValue<bool>(out var b)) { return b; }
        if (value.TryGetValue<double>(out var d)) { return d; }
        if (value.TryGetValue<float>(out var f)) { return (double)f; }
        if (value.TryGetValue<decimal>(out var m))
        {
            // A decimal carries its written scale: 1.0m was meant as a float, 1m as an int.
            var text = m.ToString(CultureInfo.InvariantCulture);
            return text.Contains('.') ? double.Parse(text, CultureInfo.InvariantCulture) : NormaliseInt(BigInteger.Parse(text, CultureInfo.InvariantCulture));
        }

        if (value.TryGetValue<long>(out var l)) { return l; }
        if (value.TryGetValue<ulong>(out var ul)) { return NormaliseInt(ul); }
        if (value.TryGetValue<DateTimeOffset>(out var dto)) { return dto; }
        if (value.TryGetValue<DateTime>(out var dt)) { return new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)); }

        // Anything else: trust its JSON spelling.
        return PyJson.Parse(value.ToJsonString());
    }

    /// <summary>Converts back to System.Text.Json (requests to the client); datetimes become epoch seconds.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        string s => JsonValue.Create(s),
        long l => JsonValue.Create(l),
        BigInteger bi => JsonNode.Parse(bi.ToString(CultureInfo.InvariantCulture)),
        double d => JsonValue.Create(d),
        DateTimeOffset dt => JsonValue.Create(dt.ToUnixTimeMilliseconds() / 1000.0),
        List<object?> list => new JsonArray(list.Select(ToNode).ToArray()),
        OrderedDictionary<string, object?> dict => ToObject(dict),
        _ => throw new ArgumentException($"Not a Python JSON value: {value.GetType()}"),
    };

    private static JsonObject ToObject(OrderedDictionary<string, object?> dict)
    {
        var obj = new JsonObject();
        foreach (var (k, v) in dict)
        {
            obj[k] = ToNode(v);
        }

        return obj;
    }

    /// <summary>Python type name, for diff messages.</summary>
    public static string TypeName(object? v) => v switch
    {
        null => "NoneType",
        bool => "bool",
        long or BigInteger => "int",
        double => "float",
        string => "str",
        DateTimeOffset => "datetime",
        List<object?> => "list",
        OrderedDictionary<string, object?> => "dict",
        _ => v.GetType().Name,
    };
}
