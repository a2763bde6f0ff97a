using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::SNS::Subscription</c>: <c>TopicArn</c>, <c>Protocol</c>, <c>Endpoint</c>, and the attributes
/// <c>RawMessageDelivery</c>, <c>FilterPolicy</c>, <c>FilterPolicyScope</c>, <c>RedrivePolicy</c>,
/// <c>DeliveryPolicy</c>. The topic's subscription with the same protocol and endpoint is reused.
/// </summary>
internal sealed class SubscriptionDeployer : IResourceDeployer
{
    private static readonly string[] AttributeNames = ["RawMessageDelivery", "FilterPolicy", "FilterPolicyScope", "RedrivePolicy", "DeliveryPolicy"];

    public IReadOnlyList<string> Types { get; } = ["AWS::SNS::Subscription"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>([.. AttributeNames, "TopicArn", "Protocol", "Endpoint"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var attributes = context.Attributes(AttributeNames);

        var (arn, action) = await EnsureAsync(context.Stack.Services, context.RequiredString("TopicArn"), context.RequiredString("Protocol"), context.RequiredString("Endpoint"), attributes, cancellationToken).ConfigureAwait(false);
        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(arn), new Dictionary<string, JValue>(), action);
    }

    /// <summary>The topic's subscription of <paramref name="protocol"/> to <paramref name="endpoint"/>, made if missing, its attributes set.</summary>
    public static async Task<(string Arn, string Action)> EnsureAsync(ServiceCalls sns, string topic, string protocol, string endpoint, JObject attributes, CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            var input = token is null ? JObject.Create(("TopicArn", topic)) : JObject.Create(("TopicArn", topic), ("NextToken", token));
            var page = await sns.CallAsync("sns", "ListSubscriptionsByTopic", input, cancellationToken).ConfigureAwait(false);
            foreach (var entry in page["Subscriptions"] as JArray ?? JArray.Empty)
            {
                if (entry is JObject s && s["Protocol"] is JString p && p.Value == protocol && s["Endpoint"] is JString e && e.Value == endpoint && s["SubscriptionArn"] is JString arn)
                {
                    foreach (var (name, value) in attributes)
                    {
                        await sns.CallAsync("sns", "SetSubscriptionAttributes", JObject.Create(("SubscriptionArn", arn), ("AttributeName", name), ("AttributeValue", value)), cancellationToken).ConfigureAwait(false);
                    }

                    return (arn.Value, "REUSE");
                }
            }

            token = page["NextToken"] is JString next ? next.Value : null;
        }
        while (token is not null);

        var subscribe = JObject.Create(("TopicArn", topic), ("Protocol", protocol), ("Endpoint", endpoint), ("Attributes", attributes), ("ReturnSubscriptionArn", true));
        var created = await sns.CallAsync("sns", "Subscribe", subscribe, cancellationToken).ConfigureAwait(false);
        return (((JString)created["SubscriptionArn"]!).Value, "CREATE");
    }
}
