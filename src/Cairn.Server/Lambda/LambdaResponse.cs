using System.Text.Json.Nodes;

namespace Cairn.Server.Lambda;

/// <summary>A Lambda action's answer: the HTTP status, a JSON body or raw bytes (Invoke's payload), and headers.</summary>
public sealed class LambdaResponse
{
    private LambdaResponse(int status, JsonObject? json, byte[]? raw)
    {
        Status = status;
        Json = json;
        Raw = raw;
    }

    public int Status { get; }

    public JsonObject? Json { get; }

    public byte[]? Raw { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static LambdaResponse Ok(JsonObject body, int status = 200) => new(status, body, null);

    /// <summary>An answer without a body (204 for deletions and tagging).</summary>
    public static LambdaResponse NoContent(int status = 204) => new(status, null, null);

    public static LambdaResponse Bytes(int status, byte[] body) => new(status, null, body);

    public LambdaResponse WithHeader(string name, string? value)
    {
        if (value is not null)
        {
            Headers[name] = value;
        }

        return this;
    }
}
