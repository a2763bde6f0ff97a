using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>EventBridge's CreateConnection: a named connection with its authorization, for HTTP Tasks.</summary>
internal sealed class CreateConnection(IConnectionStore connections, TimeProvider time) : IApiAction
{
    public string Name => "CreateConnection";

    public string TargetPrefix => ConnectionShapes.TargetPrefix;

    public string JsonVersion => ConnectionShapes.JsonVersion;

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var connection = Read(request, time.GetUtcNow());
        var name = connection.Name;
        if (!connections.TryCreateConnection(connection))
        {
            throw new ApiException("ResourceAlreadyExistsException", $"Connection {name} already exists.");
        }

        var body = ConnectionShapes.Changed(connection, ConnectionShapes.Authorized);
        body.Remove("LastAuthorizedTime");
        return Task.FromResult<ApiResponse>(body);
    }

    /// <summary>
    /// The connection a CreateConnection request describes, checked as EventBridge checks it
    /// (also how <c>cairn run --connections</c> reads its file); its ARN is a new one in the caller's account.
    /// </summary>
    public static Connection Read(ApiRequest request, DateTimeOffset now)
    {
        var name = ConnectionShapes.RequireName(request);
        var description = request.OptionalString("Description", 0, 512);
        var type = request.OptionalEnum("AuthorizationType", Connection.AuthorizationTypes) ?? throw ApiErrors.Missing("authorizationType");
        var parameters = ConnectionShapes.ReadAuthParameters(request, required: true)!;
        ConnectionShapes.CheckComplete(type, parameters);
        return new Connection
        {
            Name = name,
            Arn = Connection.NewArn(request.Caller.Region, request.Caller.AccountId, name),
            Description = description,
            AuthorizationType = type,
            AuthParameters = parameters,
            CreationTime = now,
            LastModifiedTime = now,
            LastAuthorizedTime = now,
        };
    }
}
