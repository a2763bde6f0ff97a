using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cairn.Server.Protocol;

/// <summary>
/// A request body with AWS's field checks: wrong JSON types are SerializationException, missing
/// required members and length or range violations ValidationException, worded as AWS words them.
/// </summary>
public sealed class ApiRequest
{
    public ApiRequest(JsonObject body, RequestCaller caller)
    {
        Body = body;
        Caller = caller;
    }

    public JsonObject Body { get; }

    /// <summary>Who sent the request (account and region the ARNs are formed in).</summary>
    public RequestCaller Caller { get; }

    public string RequiredString(string field, int minLength = 1, int maxLength = int.MaxValue) =>
        OptionalString(field, minLength, maxLength) ?? throw ApiErrors.Missing(field);

    public string? OptionalString(string field, int minLength = 0, int maxLength = int.MaxValue) =>
        OptionalText(field, minLength, maxLength, allowUnpairedSurrogates: false);

    /// <summary>
    /// A string member. Unpaired surrogates (from <c>\ud800</c>-style escapes) are a
    /// SerializationException unless <paramref name="allowUnpairedSurrogates"/>: a member whose own
    /// rule names them (resource names: InvalidName) takes them to that rule.
    /// </summary>
    public string? OptionalText(string field, int minLength, int maxLength, bool allowUnpairedSurrogates)
    {
        var node = Body[field];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw ApiErrors.Serialization($"Expected a string for '{field}'");
        }

        var value = node.GetValue<string>();
        if (!allowUnpairedSurrogates && Cairn.Json.JsonStrings.IndexOfUnpairedSurrogate(value) >= 0)
        {
            throw UnpairedSurrogate(field);
        }

        CheckLength(field, value, value.Length, minLength, maxLength);
        return value;
    }

    /// <summary>A string whose limit is in UTF-8 bytes (payloads and definitions).</summary>
    public string? OptionalPayload(string field, int maxBytes)
    {
        var value = OptionalString(field);
        if (value is not null && System.Text.Encoding.UTF8.GetByteCount(value) > maxBytes)
        {
            throw ApiErrors.Constraint(field, Shorten(value), $"Member must have length less than or equal to {maxBytes}");
        }

        return value;
    }

    public bool? OptionalBool(string field)
    {
        var node = Body[field];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ApiErrors.Serialization($"Expected a boolean for '{field}'"),
        };
    }

    public int? OptionalInt(string field, int min, int max)
    {
        var node = Body[field];
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<long>(out var value))
        {
            throw ApiErrors.Serialization($"Expected an integer for '{field}'");
        }

        if (value < min)
        {
            throw ApiErrors.Constraint(field, value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Member must have value greater than or equal to {min}");
        }

        if (value > max)
        {
            throw ApiErrors.Constraint(field, value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Member must have value less than or equal to {max}");
        }

        return (int)value;
    }

    public JsonObject? OptionalObject(string field) => Body[field] switch
    {
        null => null,
        JsonObject o => o,
        _ => throw ApiErrors.Serialization($"Expected an object for '{field}'"),
    };

    public JsonArray? OptionalArray(string field) => Body[field] switch
    {
        null => null,
        JsonArray a => a,
        _ => throw ApiErrors.Serialization($"Expected a list for '{field}'"),
    };

    /// <summary>A member that must be one of an enumeration's values.</summary>
    public string? OptionalEnum(string field, IReadOnlyList<string> values)
    {
        var value = OptionalString(field);
        if (value is not null && !values.Contains(value, StringComparer.Ordinal))
        {
            throw ApiErrors.Constraint(field, value, ApiErrors.EnumConstraint(values));
        }

        return value;
    }

    /// <summary>The page size: 0 or absent means the default of 100; AWS allows at most 1000.</summary>
    public int PageSize() => OptionalInt("maxResults", 0, 1000) is { } n and > 0 ? n : 100;

    /// <summary>The error for a string member that holds an unpaired surrogate.</summary>
    public static ApiException UnpairedSurrogate(string field) =>
        ApiErrors.Serialization($"Invalid UTF-16 in '{field}': an unpaired surrogate is not a character");

    internal static void CheckLength(string field, string value, int length, int minLength, int maxLength)
    {
        if (length < minLength)
        {
            throw ApiErrors.Constraint(field, value, $"Member must have length greater than or equal to {minLength}");
        }

        if (length > maxLength)
        {
            throw ApiErrors.Constraint(field, Shorten(value), $"Member must have length less than or equal to {maxLength}");
        }
    }

    private static string Shorten(string value) => value.Length <= 64 ? value : value[..64] + "...";
}
