using System.Text.Json;
using System.Text.Json.Nodes;
using Cairn.Json;

namespace Cairn.Server.Protocol;

/// <summary>
/// Reads a request body into a JSON object in one pass, checking all of it before any action
/// sees it: UTF-8 throughout, valid escapes, each member name once per object. Whatever fails is
/// a SerializationException. Unpaired surrogate escapes are kept (Jackson, which AWS reads
/// requests with, keeps them); the member that receives one decides (<see cref="ApiRequest"/>).
/// </summary>
public static class RequestBody
{
    /// <summary>How deeply request members may nest; no action's request comes near it.</summary>
    public const int MaxDepth = 64;

    public static JsonObject Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return new JsonObject();
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw ApiErrors.Serialization("The request body must be a JSON object");
            }

            var root = ReadObject(ref reader);
            if (reader.Read())
            {
                throw ApiErrors.Serialization("The request body has content after its JSON object");
            }

            return root;
        }
        catch (JsonException)
        {
            throw ApiErrors.Serialization("The request body is not valid JSON");
        }
    }

    private static JsonNode? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ReadObject(ref reader),
        JsonTokenType.StartArray => ReadArray(ref reader),
        JsonTokenType.String => JsonValue.Create(ReadString(ref reader)),
        JsonTokenType.Number => JsonValue.Create(JsonElement.ParseValue(ref reader)),
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        _ => null,
    };

    private static JsonObject ReadObject(ref Utf8JsonReader reader)
    {
        var result = new JsonObject();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ReadString(ref reader);
            if (result.ContainsKey(name))
            {
                throw ApiErrors.Serialization($"Duplicate field '{name}'");
            }

            reader.Read();
            result[name] = ReadValue(ref reader);
        }

        return result;
    }

    private static JsonArray ReadArray(ref Utf8JsonReader reader)
    {
        var result = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            result.Add(ReadValue(ref reader));
        }

        return result;
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return reader.GetString()!;
        }

        return JsonStrings.TryDecode(reader.ValueSpan, allowUnpairedSurrogates: true, out var value, out var error)
            ? value
            : throw ApiErrors.Serialization(error!);
    }
}
