using System.Text;
using System.Text.Json.Nodes;
using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>
/// A file of EventBridge connections for <c>cairn run --connections FILE</c>: a JSON array (or one
/// object) of CreateConnection requests (<c>Name</c>, <c>AuthorizationType</c>, <c>AuthParameters</c>,
/// <c>Description</c>), each checked as CreateConnection checks it, with an optional
/// <c>ConnectionArn</c> the HTTP Tasks name it by (without one, any connection ARN of that name).
/// </summary>
public static class ConnectionFile
{
    /// <summary>The most connections a file may hold (EventBridge's default quota per account and region).</summary>
    public const int MaxConnections = 50;

    /// <summary>The connections of <paramref name="text"/>; a <see cref="FormatException"/> says which entry is wrong and why.</summary>
    public static FileConnectionStore Read(string text, RequestCaller caller, DateTimeOffset now)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new FormatException($"not JSON: {e.Message}");
        }

        var entries = document switch
        {
            JsonArray array => array,
            JsonObject single => new JsonArray(single.DeepClone()),
            _ => throw new FormatException("expected a JSON array of connections (CreateConnection requests: Name, AuthorizationType, AuthParameters)"),
        };
        if (entries.Count > MaxConnections)
        {
            throw new FormatException($"{entries.Count} connections: at most {MaxConnections} are allowed");
        }

        var store = new FileConnectionStore();
        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index] is not JsonObject entry)
            {
                throw new FormatException($"entry {index}: expected an object (a CreateConnection request)");
            }

            var where = entry["Name"] is JsonValue name && name.TryGetValue<string>(out var named) ? $"entry {index} ('{named}')" : $"entry {index}";
            var (connection, anyArn) = ReadEntry(entry, caller, now, where);
            if (!store.Add(connection, anyArn))
            {
                throw new FormatException($"{where}: a connection named '{connection.Name}' is given twice");
            }
        }

        return store;
    }

    private static (Connection Connection, bool AnyArn) ReadEntry(JsonObject entry, RequestCaller caller, DateTimeOffset now, string where)
    {
        var request = (JsonObject)entry.DeepClone();
        var arn = request["ConnectionArn"];
        request.Remove("ConnectionArn");
        Connection connection;
        try
        {
            connection = CreateConnection.Read(new ApiRequest(RequestBody.Parse(Encoding.UTF8.GetBytes(request.ToJsonString())), caller), now);
        }
        catch (ApiException e)
        {
            throw new FormatException($"{where}: {e.Type}: {e.Message}");
        }

        if (arn is null)
        {
            return (connection, true);
        }

        var text = arn is JsonValue value && value.TryGetValue<string>(out var given) ? given : null;
        if (text is null || Connection.NameOf(text) != connection.Name)
        {
            throw new FormatException($"{where}: ConnectionArn must be a connection ARN of that name (arn:aws:events:REGION:ACCOUNT:connection/{connection.Name}/ID)");
        }

        return (connection with { Arn = text }, false);
    }
}
