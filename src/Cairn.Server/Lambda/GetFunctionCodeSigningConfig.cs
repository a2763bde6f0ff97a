using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>GetFunctionCodeSigningConfig: functions here have no code signing configuration.</summary>
internal sealed class GetFunctionCodeSigningConfig(LambdaService lambda) : ILambdaAction
{
    public string Name => "GetFunctionCodeSigningConfig";

    public string Method => "GET";

    public string Route => "/2020-06-30/functions/{FunctionName}/code-signing-config";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var latest = lambda.Latest(request.Path("FunctionName"));
        return Task.FromResult(LambdaResponse.Ok(new JsonObject { ["CodeSigningConfigArn"] = string.Empty, ["FunctionName"] = latest.FunctionName }));
    }
}
