using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::SQS::Queue</c> at SQS's configured endpoint: <c>QueueName</c> (a FIFO queue's generated
/// name ends in <c>.fifo</c>), its attributes (<c>VisibilityTimeout</c>, <c>RedrivePolicy</c>, ...) and
/// <c>Tags</c>. A queue of that name is reused and its attributes set.
/// </summary>
internal sealed class QueueDeployer : IResourceDeployer
{
    private static readonly string[] AttributeNames =
    [
        "ContentBasedDeduplication", "DeduplicationScope", "DelaySeconds", "FifoQueue", "FifoThroughputLimit", "KmsDataKeyReusePeriodSeconds",
        "KmsMasterKeyId", "MaximumMessageSize", "MessageRetentionPeriod", "ReceiveMessageWaitTimeSeconds", "RedriveAllowPolicy", "RedrivePolicy",
        "SqsManagedSseEnabled", "VisibilityTimeout",
    ];

    public IReadOnlyList<string> Types { get; } = ["AWS::SQS::Queue"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>([.. AttributeNames, "QueueName", "Tags"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var fifo = context.Boolean("FifoQueue") == true;
        var name = context.String("QueueName") ?? PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 80, fifo ? ".fifo" : string.Empty);
        var attributes = context.Attributes(AttributeNames);

        var sqs = context.Stack.Services;
        string url;
        string action;
        try
        {
            url = ((JString)(await sqs.CallAsync("sqs", "GetQueueUrl", JObject.Create(("QueueName", name)), cancellationToken).ConfigureAwait(false))["QueueUrl"]!).Value;
            var changeable = attributes.Without("FifoQueue");
            if (changeable.Count > 0)
            {
                await sqs.CallAsync("sqs", "SetQueueAttributes", JObject.Create(("QueueUrl", url), ("Attributes", changeable)), cancellationToken).ConfigureAwait(false);
            }

            action = "REUSE";
        }
        catch (ServiceCallException e) when (e.Code is "AWS.SimpleQueueService.NonExistentQueue" or "QueueDoesNotExist" or "NonExistentQueue")
        {
            var input = new JObjectBuilder().Set("QueueName", name).Set("Attributes", attributes);
            if (context.List("Tags") is { Count: > 0 } tags)
            {
                input.Set("tags", TagMap(tags));
            }

            url = ((JString)(await sqs.CallAsync("sqs", "CreateQueue", input.Build(), cancellationToken).ConfigureAwait(false))["QueueUrl"]!).Value;
            action = "CREATE";
        }

        var described = await sqs.CallAsync("sqs", "GetQueueAttributes", JObject.Create(("QueueUrl", url), ("AttributeNames", JArray.Create([new JString("QueueArn")]))), cancellationToken).ConfigureAwait(false);
        var arn = described["Attributes"] is JObject map && map["QueueArn"] is JString queueArn ? queueArn : throw context.Error("SQS answered without the queue's ARN");
        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(url), new Dictionary<string, JValue>
        {
            ["Arn"] = arn,
            ["QueueName"] = new JString(name),
            ["QueueUrl"] = new JString(url),
        }, action);
    }

    /// <summary>CloudFormation's <c>[{Key, Value}]</c> tags as a map.</summary>
    internal static JObject TagMap(JArray tags)
    {
        var map = new JObjectBuilder(tags.Count);
        foreach (var tag in tags)
        {
            if (tag is JObject t && t["Key"] is JString key && t["Value"] is { } value)
            {
                map.Set(key.Value, value is JString s ? s : new JString(value.ToJson()));
            }
        }

        return map.Build();
    }
}
