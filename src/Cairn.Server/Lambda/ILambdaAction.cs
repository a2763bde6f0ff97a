namespace Cairn.Server.Lambda;

/// <summary>One Lambda API action: its HTTP method and path (rest-json, as in Lambda's service model) and its handler.</summary>
public interface ILambdaAction
{
    /// <summary>The action's name, as in the service model (<c>CreateFunction</c>).</summary>
    string Name { get; }

    string Method { get; }

    /// <summary>The path as an ASP.NET route template (<c>/2015-03-31/functions/{FunctionName}</c>).</summary>
    string Route { get; }

    /// <summary>Whether the request carries its own authorization (a URL the API signed) instead of a SigV4 signature.</summary>
    bool Presigned => false;

    Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken);
}
