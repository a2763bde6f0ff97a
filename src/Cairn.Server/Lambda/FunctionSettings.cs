using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>The members CreateFunction and UpdateFunctionConfiguration share, read in one place.</summary>
internal static class FunctionSettings
{
    public static Dictionary<string, string>? Environment(LambdaRequest request) =>
        request.Object("Environment") is { } environment ? request.StringMap("Variables", environment) ?? new Dictionary<string, string>(StringComparer.Ordinal) : null;

    public static string? TracingMode(LambdaRequest request) =>
        request.Object("TracingConfig") is { } tracing ? request.String("Mode", tracing) : null;

    public static int? EphemeralStorageSize(LambdaRequest request) =>
        request.Object("EphemeralStorage") is { } storage ? request.Int("Size", storage) : null;

    /// <summary>Layers and container images cannot be run here: refused with a reason rather than accepted and broken at the first invocation.</summary>
    public static void RefuseUnsupported(LambdaRequest request)
    {
        if (request.Strings("Layers") is { Count: > 0 })
        {
            throw LambdaException.InvalidParameter("Cairn's Lambda service does not run layers: put the layer's files in the function's zip.");
        }

        if (request.String("PackageType") is "Image")
        {
            throw LambdaException.InvalidParameter("Cairn's Lambda service runs zip packages only (PackageType Zip), not container images.");
        }
    }

    /// <summary>The zip a <c>FunctionCode</c> (CreateFunction's <c>Code</c>, or UpdateFunctionCode's body) carries in <c>ZipFile</c>.</summary>
    public static byte[] Zip(LambdaRequest request, System.Text.Json.Nodes.JsonObject code)
    {
        if (request.String("S3Bucket", code) is not null || request.String("ImageUri", code) is not null)
        {
            throw LambdaException.InvalidParameter("Cairn's Lambda service takes function code as ZipFile (the AWS CLI's --zip-file fileb://FILE); it cannot read S3 or container images.");
        }

        var text = request.String("ZipFile", code)
            ?? throw LambdaException.InvalidParameter("Please provide a source for function code.");
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw LambdaException.InvalidRequestContent("Could not parse request body into json: Could not parse 'ZipFile': it is not base64-encoded");
        }
    }
}
