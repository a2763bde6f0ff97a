using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>Serves a function's zip at the signed URL GetFunction gave as <c>Code.Location</c> (not a Lambda action: S3's part on AWS).</summary>
internal sealed class DownloadFunctionCode(LambdaService lambda, FunctionCodeLocations locations) : ILambdaAction
{
    public string Name => "DownloadFunctionCode";

    public string Method => "GET";

    public string Route => FunctionCodeLocations.RoutePrefix + "{Hex}.zip";

    public bool Presigned => true;

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var sha = locations.Check(request.Path("Hex"), request.Query("Expires"), request.Query("Signature"));
        if (sha is null || !lambda.Code.Contains(sha))
        {
            throw new LambdaException("AccessDenied", "The code location is not valid or has expired: call GetFunction for a new one.", 403);
        }

        return Task.FromResult(LambdaResponse.Bytes(200, lambda.Code.Read(sha)).WithHeader("Content-Type", "application/zip"));
    }
}
