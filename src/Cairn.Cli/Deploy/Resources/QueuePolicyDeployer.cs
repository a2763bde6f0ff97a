using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary><c>AWS::SQS::QueuePolicy</c>: the <c>PolicyDocument</c> set as the <c>Policy</c> attribute of each of <c>Queues</c> (queue URLs).</summary>
internal sealed class QueuePolicyDeployer : IResourceDeployer
{
    public IReadOnlyList<string> Types { get; } = ["AWS::SQS::QueuePolicy"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(["PolicyDocument", "Queues"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var document = context.Object("PolicyDocument") ?? throw context.Error("the property PolicyDocument is required");
        var queues = context.List("Queues") ?? throw context.Error("the property Queues is required");
        foreach (var queue in queues)
        {
            var url = queue is JString s ? s.Value : throw context.Error("Queues is a list of queue URLs");
            await context.Stack.Services.CallAsync("sqs", "SetQueueAttributes", JObject.Create(("QueueUrl", url), ("Attributes", JObject.Create(("Policy", document.ToJson())))), cancellationToken).ConfigureAwait(false);
        }

        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 128)), new Dictionary<string, JValue>(), "UPDATE");
    }
}
