using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::SNS::Topic</c> at SNS's configured endpoint: <c>TopicName</c> (a FIFO topic's generated
/// name ends in <c>.fifo</c>), <c>DisplayName</c>, <c>FifoTopic</c>, <c>ContentBasedDeduplication</c>,
/// <c>KmsMasterKeyId</c>, <c>Tags</c>, and the <c>Subscription</c> list. CreateTopic gives the
/// existing topic of that name.
/// </summary>
internal sealed class TopicDeployer : IResourceDeployer
{
    private static readonly string[] AttributeNames = ["DisplayName", "FifoTopic", "ContentBasedDeduplication", "KmsMasterKeyId", "SignatureVersion", "TracingConfig"];

    public IReadOnlyList<string> Types { get; } = ["AWS::SNS::Topic"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>([.. AttributeNames, "TopicName", "Tags", "Subscription"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var fifo = context.Boolean("FifoTopic") == true;
        var name = context.String("TopicName") ?? PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 256, fifo ? ".fifo" : string.Empty);
        var attributes = context.Attributes(AttributeNames);

        var sns = context.Stack.Services;
        var existed = await ExistsAsync(sns, context.Stack.Pseudo, name, cancellationToken).ConfigureAwait(false);
        var input = new JObjectBuilder().Set("Name", name).Set("Attributes", attributes);
        if (context.List("Tags") is { Count: > 0 } tags)
        {
            input.Set("Tags", tags);
        }

        var arn = ((JString)(await sns.CallAsync("sns", "CreateTopic", input.Build(), cancellationToken).ConfigureAwait(false))["TopicArn"]!).Value;
        foreach (var (subscription, i) in (context.List("Subscription") ?? JArray.Empty).Select((s, i) => (s, i)))
        {
            if (subscription is not JObject { } entry || entry["Protocol"] is not JString protocol || entry["Endpoint"] is not JString endpoint)
            {
                throw context.Error($"Subscription/{i}: each subscription is {{Endpoint, Protocol}}");
            }

            await SubscriptionDeployer.EnsureAsync(sns, arn, protocol.Value, endpoint.Value, JObject.Empty, cancellationToken).ConfigureAwait(false);
        }

        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(arn), new Dictionary<string, JValue>
        {
            ["TopicArn"] = new JString(arn),
            ["TopicName"] = new JString(name),
        }, existed ? "REUSE" : "CREATE");
    }

    private static async Task<bool> ExistsAsync(ServiceCalls sns, PseudoParameters pseudo, string name, CancellationToken cancellationToken)
    {
        try
        {
            var arn = $"arn:{pseudo.Partition}:sns:{pseudo.Region}:{pseudo.AccountId}:{name}";
            await sns.CallAsync("sns", "GetTopicAttributes", JObject.Create(("TopicArn", arn)), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ServiceCallException e) when (e.Code is "NotFound" or "NotFoundException")
        {
            return false;
        }
    }
}
