using Cairn.Integrations.Http;
using Cairn.Server.Protocol;

namespace Cairn.Server.Connections;

/// <summary>EventBridge's UpdateConnection: a new description, authorization type or parameters (merged over the old ones).</summary>
internal sealed class UpdateConnection(IConnectionStore connections, TimeProvider time) : IApiAction
{
    public string Name => "UpdateConnection";

    public string TargetPrefix => ConnectionShapes.TargetPrefix;

    public string JsonVersion => ConnectionShapes.JsonVersion;

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var name = ConnectionShapes.RequireName(request);
        var description = request.OptionalString("Description", 0, 512);
        var type = request.OptionalEnum("AuthorizationType", Connection.AuthorizationTypes);
        var parameters = ConnectionShapes.ReadAuthParameters(request, required: false);
        var existing = connections.GetConnection(name) ?? throw ConnectionShapes.NotFound(name);
        var now = time.GetUtcNow();
        var updated = existing with
        {
            Description = description ?? existing.Description,
            AuthorizationType = type ?? existing.AuthorizationType,
            AuthParameters = parameters is null ? existing.AuthParameters
                : type is not null && type != existing.AuthorizationType ? parameters
                : ConnectionShapes.Merge(existing.AuthParameters, parameters),
            LastModifiedTime = now,
            LastAuthorizedTime = now,
        };
        ConnectionShapes.CheckComplete(updated.AuthorizationType, updated.AuthParameters);
        if (!connections.UpdateConnection(updated))
        {
            throw ConnectionShapes.NotFound(name);
        }

        return Task.FromResult<ApiResponse>(ConnectionShapes.Changed(updated, ConnectionShapes.Authorized));
    }
}
