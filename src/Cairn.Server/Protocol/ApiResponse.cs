using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cairn.Server.Protocol;

/// <summary>An action's successful answer, written as the JSON body.</summary>
public abstract class ApiResponse
{
    public static ApiResponse Empty { get; } = new ObjectResponse(new JsonObject());

    public abstract void Write(Utf8JsonWriter writer);

    public static implicit operator ApiResponse(JsonObject body) => new ObjectResponse(body);

    private sealed class ObjectResponse(JsonObject body) : ApiResponse
    {
        public override void Write(Utf8JsonWriter writer) => body.WriteTo(writer);
    }
}
