using System.Globalization;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// An EventBridge connection as Cairn stores it: how HTTP Tasks that name it authenticate
/// (<see cref="AuthorizationType"/> with its <see cref="AuthParameters"/>, secrets included) and the
/// headers, query parameters and body parameters it adds to every invocation.
/// </summary>
public sealed record Connection
{
    public const string Basic = "BASIC";
    public const string ApiKey = "API_KEY";
    public const string OAuthClientCredentials = "OAUTH_CLIENT_CREDENTIALS";

    public static readonly IReadOnlyList<string> AuthorizationTypes = [Basic, OAuthClientCredentials, ApiKey];

    public required string Name { get; init; }

    /// <summary><c>arn:aws:events:REGION:ACCOUNT:connection/NAME/UUID</c>.</summary>
    public required string Arn { get; init; }

    public string? Description { get; init; }

    public required string AuthorizationType { get; init; }

    /// <summary>EventBridge's <c>AuthParameters</c> as given (with the secrets).</summary>
    public required JObject AuthParameters { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required DateTimeOffset LastModifiedTime { get; init; }

    public DateTimeOffset? LastAuthorizedTime { get; init; }

    /// <summary>Where AWS keeps the connection's secrets (Secrets Manager); Cairn keeps them in its store.</summary>
    public string SecretArn
    {
        get
        {
            var parts = Arn.Split(':', 6);
            var id = Arn[(Arn.LastIndexOf('/') + 1)..];
            return $"arn:aws:secretsmanager:{parts[3]}:{parts[4]}:secret:events!connection/{Name}/{id}-{id[..6]}";
        }
    }

    /// <summary>The ARN of a new connection.</summary>
    public static string NewArn(string region, string accountId, string name) =>
        $"arn:aws:events:{region}:{accountId}:connection/{name}/{Guid.NewGuid()}";

    /// <summary>The connection name in a connection ARN, or null when it is not one.</summary>
    public static string? NameOf(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "events" || !parts[5].StartsWith("connection/", StringComparison.Ordinal))
        {
            return null;
        }

        var path = parts[5]["connection/".Length..].Split('/');
        return path.Length == 2 && path[0].Length > 0 && path[1].Length > 0 ? path[0] : null;
    }

    public JObject ToDocument()
    {
        var document = new JObjectBuilder(8)
            .Set("Name", new JString(Name))
            .Set("Arn", new JString(Arn))
            .Set("AuthorizationType", new JString(AuthorizationType))
            .Set("AuthParameters", AuthParameters)
            .Set("CreationTime", JNumber.From(CreationTime.ToUnixTimeMilliseconds()))
            .Set("LastModifiedTime", JNumber.From(LastModifiedTime.ToUnixTimeMilliseconds()));
        if (Description is not null)
        {
            document.Set("Description", new JString(Description));
        }

        if (LastAuthorizedTime is { } authorized)
        {
            document.Set("LastAuthorizedTime", JNumber.From(authorized.ToUnixTimeMilliseconds()));
        }

        return document.Build();
    }

    /// <exception cref="FormatException">The document is not a stored connection.</exception>
    public static Connection FromDocument(JObject document) => new()
    {
        Name = Text(document, "Name") ?? throw new FormatException("A stored connection has no Name."),
        Arn = Text(document, "Arn") ?? throw new FormatException("A stored connection has no Arn."),
        Description = Text(document, "Description"),
        AuthorizationType = Text(document, "AuthorizationType") ?? Basic,
        AuthParameters = document["AuthParameters"] as JObject ?? JObject.Empty,
        CreationTime = Time(document, "CreationTime") ?? DateTimeOffset.UnixEpoch,
        LastModifiedTime = Time(document, "LastModifiedTime") ?? DateTimeOffset.UnixEpoch,
        LastAuthorizedTime = Time(document, "LastAuthorizedTime"),
    };

    private static string? Text(JObject o, string key) => o[key] is JString s ? s.Value : null;

    private static DateTimeOffset? Time(JObject o, string key) =>
        o[key] is JNumber n ? DateTimeOffset.FromUnixTimeMilliseconds(n.IntegerValue) : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({AuthorizationType})");
}
