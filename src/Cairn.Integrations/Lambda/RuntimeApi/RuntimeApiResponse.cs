using System.Text;

namespace Cairn.Integrations.Lambda.RuntimeApi;

/// <summary>The Runtime API's answer to one request.</summary>
public sealed record RuntimeApiResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, ReadOnlyMemory<byte> Body)
{
    private static readonly byte[] StatusOk = Encoding.ASCII.GetBytes("{\"status\":\"OK\"}");

    /// <summary>202 Accepted, as the Runtime API answers a response or an error it took.</summary>
    public static RuntimeApiResponse Accepted { get; } = new(202, [], StatusOk);

    public static RuntimeApiResponse Error(int status, string errorType, string message)
    {
        var body = new Json.JObjectBuilder(2).Set("errorMessage", new Json.JString(message)).Set("errorType", new Json.JString(errorType)).Build().ToJson();
        return new RuntimeApiResponse(status, [], Encoding.UTF8.GetBytes(body));
    }
}
