using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// AWS's request rules of the optimized integrations, beyond the API's own: ECS tasks are started
/// by "AWS Step Functions"; each EventBridge event gets the state machine's and the execution's
/// ARNs appended to its <c>Resources</c>; a queue
/// URL is where the request goes (the AWS SDK for Java 1.x sends SQS calls to the queue's host),
/// except that a queue URL written for AWS goes to the SQS endpoint Cairn is configured with.
/// </summary>
internal static class OptimizedRequests
{
    public static JValue Prepare(ServiceTaskResource resource, JValue parameters, string executionArn)
    {
        if (parameters is not JObject p)
        {
            return parameters;
        }

        switch ($"{resource.Service}:{resource.Action}")
        {
            case "ecs:runTask" when p["StartedBy"] is null:
                return With(p, "StartedBy", new JString("AWS Step Functions"));
            case "events:putEvents" when p["Entries"] is JArray entries:
                return With(p, "Entries", WithExecutionResources(entries, executionArn));
            default:
                return p;
        }
    }

    /// <summary>The endpoint an SQS call goes to: the queue URL's host, or Cairn's SQS endpoint for AWS's queue URLs.</summary>
    public static Uri? Endpoint(AwsClient client, ServiceModel model, JObject input)
    {
        if (model.SdkName != "sqs" || input["QueueUrl"] is not JString { Value: var queueUrl } ||
            !Uri.TryCreate(queueUrl, UriKind.Absolute, out var queue) || (queue.Scheme != Uri.UriSchemeHttp && queue.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var configured = client.EndpointOf(model);
        if (IsAwsHost(queue.Host) || string.Equals(queue.Authority, configured.Uri.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new Uri(queue.GetLeftPart(UriPartial.Authority));
    }

    public static bool IsAwsHost(string host) =>
        host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".amazonaws.com.cn", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each entry's Resources with the state machine's and the execution's ARNs after the entry's own.</summary>
    private static JArray WithExecutionResources(JArray entries, string executionArn)
    {
        if (!Engine.Arns.StatesArn.TryParse(executionArn, out var execution, out _))
        {
            return entries;
        }

        var added = new JValue[] { new JString(execution.Machine.Value), new JString(executionArn) };
        return JArray.Create(entries.Select(entry => entry is JObject e
            ? With(e, "Resources", JArray.Create((e["Resources"] as JArray ?? JArray.Empty).Concat(added)))
            : entry));
    }

    private static JObject With(JObject o, string key, JValue value)
    {
        var builder = new JObjectBuilder(o.Count + 1);
        foreach (var (k, v) in o)
        {
            builder.Set(k, v);
        }

        builder.Set(key, value);
        return builder.Build();
    }
}
