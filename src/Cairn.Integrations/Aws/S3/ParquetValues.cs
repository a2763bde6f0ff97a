using System.Collections;
using System.Globalization;
using Cairn.Json;
using Parquet.Meta;
using Parquet.Schema;

namespace Cairn.Integrations.Aws.S3;

/// <summary>
/// Parquet rows as JSON items: each row an object of its columns in schema order. Integers and
/// floating-point numbers, decimals (exact) → numbers; booleans; strings, enums, JSON and UUID
/// columns → strings; DATE → <c>yyyy-MM-dd</c>; TIME → <c>HH:mm:ss.fff</c>; TIMESTAMP → ISO 8601
/// in UTC; a struct → an object, a list → an array, a map → an object; null → null. INT96
/// timestamps, INTERVAL and raw binary columns (no string, decimal or UUID annotation) are refused.
/// </summary>
public static class ParquetValues
{
    /// <summary>A column the reader cannot convert, named as the Map Run's failure names it; null when all are supported.</summary>
    public static string? UnsupportedColumn(ParquetSchema schema)
    {
        foreach (var field in schema.GetDataFields())
        {
            if (Unsupported(field.SchemaElement) is { } type)
            {
                return $"The Parquet column '{field.Path}' has the type {type}, which is not supported. Supported are the numeric, BOOLEAN, STRING, ENUM, JSON, UUID, DECIMAL, DATE, TIME and TIMESTAMP types, in structs, lists and maps.";
            }
        }

        return null;
    }

    private static string? Unsupported(SchemaElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var logical = element.LogicalType;
        if (element.ConvertedType == ConvertedType.INTERVAL)
        {
            return "INTERVAL";
        }

        return element.Type switch
        {
            Parquet.Meta.Type.INT96 => "INT96",
            Parquet.Meta.Type.BYTE_ARRAY or Parquet.Meta.Type.FIXED_LEN_BYTE_ARRAY when
                logical?.STRING is null && logical?.ENUM is null && logical?.JSON is null && logical?.UUID is null && logical?.DECIMAL is null
                && element.ConvertedType is not (ConvertedType.UTF8 or ConvertedType.ENUM or ConvertedType.JSON or ConvertedType.DECIMAL) =>
                logical?.FLOAT16 is not null ? null : element.Type == Parquet.Meta.Type.BYTE_ARRAY ? "BYTE_ARRAY (binary)" : "FIXED_LEN_BYTE_ARRAY (binary)",
            _ => null,
        };
    }

    /// <summary>One row (as the untyped reader gives it) as a JSON object, its columns in schema order.</summary>
    public static JObject Row(ParquetSchema schema, IDictionary<string, object> row)
    {
        var builder = new JObjectBuilder(schema.Fields.Count);
        foreach (var field in schema.Fields)
        {
            builder.Set(field.Name, Value(field, row.TryGetValue(field.Name, out var value) ? value : null));
        }

        return builder.Build();
    }

    private static JValue Value(Field field, object? value)
    {
        if (value is null)
        {
            return JNull.Instance;
        }

        switch (field)
        {
            case StructField structField when value is IDictionary members:
                var builder = new JObjectBuilder(structField.Fields.Count);
                foreach (var member in structField.Fields)
                {
                    builder.Set(member.Name, Value(member, members.Contains(member.Name) ? members[member.Name] : null));
                }

                return builder.Build();
            case ListField list when value is IEnumerable elements and not string:
                var items = new List<JValue>();
                foreach (var element in elements)
                {
                    items.Add(Value(list.Item, element));
                }

                return JArray.Adopt(items.ToArray());
            case MapField map when value is IDictionary entries:
                var pairs = new JObjectBuilder(entries.Count);
                foreach (DictionaryEntry entry in entries)
                {
                    pairs.Set(Text(Value(map.Key, entry.Key)), Value(map.Value, entry.Value));
                }

                return pairs.Build();
            case DataField data:
                return Leaf(data, value);
            default:
                throw new FormatException($"The Parquet column '{field.Path}' holds a value its schema does not describe.");
        }
    }

    private static string Text(JValue key) => key is JString s ? s.Value : key.ToJson();

    private static JValue Leaf(DataField field, object value) => value switch
    {
        string s => new JString(s),
        ReadOnlyMemory<char> chars => new JString(chars.ToString()),
        bool b => JBool.From(b),
        int i => JNumber.From(i),
        long l => JNumber.From(l),
        short s => JNumber.From(s),
        sbyte s => JNumber.From(s),
        byte b => JNumber.From(b),
        ushort u => JNumber.From(u),
        uint u => JNumber.From(u),
        ulong u => JNumber.From(new System.Numerics.BigInteger(u)),
        float f => Floating(field, f),
        double d => Floating(field, d),
        Half h => Floating(field, (double)h),
        decimal m => JNumber.FromLiteral(m.ToString(CultureInfo.InvariantCulture)),
        DateTime time when field.SchemaElement?.ConvertedType == ConvertedType.DATE || field.SchemaElement?.LogicalType?.DATE is not null =>
            new JString(time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => new JString(Timestamp(time)),
        DateTimeOffset time => new JString(Timestamp(time.UtcDateTime)),
        DateOnly date => new JString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimeOnly time => new JString(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')),
        TimeSpan span => new JString(TimeOnly.FromTimeSpan(span).ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.')),
        Guid guid => new JString(guid.ToString()),
        _ => throw new FormatException($"The Parquet column '{field.Path}' has a value of a type that is not supported ({value.GetType().Name})."),
    };

    private static JValue Floating(DataField field, double value) => double.IsFinite(value)
        ? JNumber.From(value)
        : throw new FormatException($"The Parquet column '{field.Path}' holds {value.ToString(CultureInfo.InvariantCulture)}, which JSON cannot represent.");

    /// <summary>ISO 8601 in UTC, its fraction without trailing zeros (as Step Functions writes timestamps).</summary>
    private static string Timestamp(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;
        return utc.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.') + "Z";
    }
}
