using Cairn.Server.Protocol;

namespace Cairn.Server.MapRuns;

/// <summary>DescribeMapRun: a Map Run's status, limits and item counts as last committed.</summary>
internal sealed class DescribeMapRun(StepFunctionsBackend backend) : IApiAction
{
    public string Name => "DescribeMapRun";

    public Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<ApiResponse>(MapRunDescriptions.Describe(MapRunDescriptions.Require(backend, request)));
}
