using System.Text.Json.Nodes;
using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>GetAccountSettings: Lambda's default quotas, and what the functions here use.</summary>
internal sealed class GetAccountSettings(LambdaService lambda) : ILambdaAction
{
    public string Name => "GetAccountSettings";

    public string Method => "GET";

    public string Route => "/2016-08-19/account-settings";

    public Task<LambdaResponse> HandleAsync(LambdaRequest request, CancellationToken cancellationToken)
    {
        var functions = lambda.ListFunctions();
        var codeSize = functions.Sum(f => lambda.ListVersions(f.FunctionName).Select(v => v.CodeSha256).Distinct(StringComparer.Ordinal).Count() * f.CodeSize);
        var reserved = functions.Sum(f => f.ReservedConcurrentExecutions ?? 0);
        var body = new JsonObject
        {
            ["AccountLimit"] = new JsonObject
            {
                ["TotalCodeSize"] = 80_530_636_800L,
                ["CodeSizeUnzipped"] = CodeStore.MaxUnzippedBytes,
                ["CodeSizeZipped"] = CodeStore.MaxZipBytes,
                ["ConcurrentExecutions"] = 1000,
                ["UnreservedConcurrentExecutions"] = 1000 - reserved,
            },
            ["AccountUsage"] = new JsonObject { ["TotalCodeSize"] = codeSize, ["FunctionCount"] = functions.Count },
        };
        return Task.FromResult(LambdaResponse.Ok(body));
    }
}
