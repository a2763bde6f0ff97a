using Cairn.Integrations.Lambda;

namespace Cairn.Server.Lambda;

/// <summary>Every Lambda API action the server answers.</summary>
internal static class LambdaActions
{
    public static IReadOnlyList<ILambdaAction> Create(LambdaService lambda, FunctionCodeLocations locations) =>
    [
        new CreateFunction(lambda),
        new GetFunction(lambda, locations),
        new GetFunctionConfiguration(lambda),
        new ListFunctions(lambda),
        new UpdateFunctionCode(lambda),
        new UpdateFunctionConfiguration(lambda),
        new DeleteFunction(lambda),
        new Invoke(lambda),
        new PublishVersion(lambda),
        new ListVersionsByFunction(lambda),
        new CreateAlias(lambda),
        new GetAlias(lambda),
        new UpdateAlias(lambda),
        new DeleteAlias(lambda),
        new ListAliases(lambda),
        new TagResource(lambda),
        new UntagResource(lambda),
        new ListTags(lambda),
        new GetAccountSettings(lambda),
        new GetFunctionConcurrency(lambda),
        new PutFunctionConcurrency(lambda),
        new DeleteFunctionConcurrency(lambda),
        new GetFunctionCodeSigningConfig(lambda),
        new ListEventSourceMappings(),
        new DownloadFunctionCode(lambda, locations),
    ];
}
