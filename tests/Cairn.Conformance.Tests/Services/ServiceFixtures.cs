using System.Text.Json.Nodes;
using Cairn.Conformance.Tests.Http;
using Cairn.Conformance.Tests.Replay;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Conformance.Tests.Services;

/// <summary>
/// What the needs_services units need besides Step Functions, made in moto with Cairn's own AWS
/// client: the unit's <c>resources</c> (queues, topics, buckets, tables, log groups) and the
/// fixture steps of the recorded tests (a DynamoDB table, an SNS subscription of a queue, an
/// EventBridge rule to a queue, and the helper that answers task tokens found on a queue).
/// </summary>
internal sealed class ServiceFixtures(MotoServer moto) : IDisposable
{
    private readonly AwsClient _aws = new(new AwsClientOptions
    {
        Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["*"] = moto.Endpoint }, _ => null),
        Credentials = AwsCredentialChain.Of(new AwsCredentials("testing", "testing")),
        Region = "us-east-1",
    });

    private readonly List<(CancellationTokenSource Stop, Task Worker)> _workers = [];

    /// <summary>The queues EventBridge rules of the unit deliver to (the <c>events_to_sqs_queue</c> fixture).</summary>
    private readonly List<string> _eventQueues = [];

    /// <summary>The client of the unit being replayed (the task-token helper answers through it).</summary>
    public IStepFunctionsClient? Current { get; private set; }

    public IStepFunctionsClient Track(IStepFunctionsClient client) => Current = client;

    public void Prepare(ConformanceUnit unit)
    {
        StopWorkers();
        _eventQueues.Clear();
        foreach (var resource in unit.Case["resources"] as JsonArray ?? [])
        {
            var name = (string?)resource!["name"];
            switch ((string?)resource["type"])
            {
                case "sqs_queue":
                    Queue(name!);
                    break;
                case "sns_topic":
                    Call("sns", "CreateTopic", new JsonObject { ["Name"] = name, ["Attributes"] = name!.EndsWith(".fifo", StringComparison.Ordinal) ? new JsonObject { ["FifoTopic"] = "true" } : null });
                    break;
                case "s3_bucket":
                    Call("s3", "CreateBucket", new JsonObject { ["Bucket"] = name });
                    break;
                case "dynamodb_table":
                    Table(name!, (string?)resource["spec"]?["partition_key"] ?? "id");
                    break;
                case "log_group":
                    Ignore(() => Call("logs", "CreateLogGroup", new JsonObject { ["logGroupName"] = name }));
                    break;
                case "eventbridge_rule_to_sqs":
                    Queue(QueueName((string)resource["url"]!));
                    break;
            }
        }

        UploadObjects(unit);
    }

    /// <summary>The steps of the recorded test's trace (its own calls as well as the replayed ones), or none.</summary>
    private static JsonArray TraceSteps(ConformanceUnit unit) =>
        (string?)unit.Case["test_trace"] is { } trace && ConformanceManifest.LocateRoot() is { } root && File.Exists(Path.Combine(root, trace))
            && JsonNode.Parse(File.ReadAllText(Path.Combine(root, trace)))?["steps"] is JsonArray steps
            ? steps
            : [];

    /// <summary>
    /// The objects the recorded test put into S3 with its own client before it ran the state
    /// machine (a Distributed Map's items): they are in the test's trace, not among its replay steps.
    /// </summary>
    private void UploadObjects(ConformanceUnit unit)
    {
        var steps = TraceSteps(unit);
        foreach (var step in steps)
        {
            if ((string?)step?["service"] != "s3" || step["params"] is not JsonObject parameters)
            {
                continue;
            }

            switch ((string?)step["op"])
            {
                case "CreateBucket":
                    Ignore(() => Call("s3", "CreateBucket", new JsonObject { ["Bucket"] = (string?)parameters["Bucket"] }));
                    break;
                case "PutObject" when parameters["Body"] is JsonValue body && body.TryGetValue<string>(out var text):
                    Call("s3", "PutObject", new JsonObject
                    {
                        ["Bucket"] = (string?)parameters["Bucket"],
                        ["Key"] = (string?)parameters["Key"],
                        ["Body"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)),
                    });
                    break;
            }
        }
    }

    public bool Run(ReplayStep step, OrderedDictionary<string, object?> parameters)
    {
        var args = (parameters.GetValueOrDefault("args") as List<object?>)?.Select(a => a as string).ToList() ?? [];
        var kwargs = parameters.GetValueOrDefault("kwargs") as OrderedDictionary<string, object?>;
        switch (step.Operation)
        {
            case "dynamodb_create_table":
                Table((string)parameters["table_name"]!, (string?)parameters.GetValueOrDefault("partition_key") ?? "id");
                return true;
            case "sfn_create_log_group":
                Ignore(() => Call("logs", "CreateLogGroup", new JsonObject { ["logGroupName"] = (string)parameters["log_group_name"]! }));
                return true;
            case "sns_allow_topic_sqs_queue":
                Call("sns", "Subscribe", new JsonObject { ["TopicArn"] = args[2], ["Protocol"] = "sqs", ["Endpoint"] = args[1] });
                return true;
            case "events_to_sqs_queue":
                var queueUrl = (string)parameters["queue_url"]!;
                var rule = "rule-" + QueueName(queueUrl);
                var pattern = System.Text.Json.JsonSerializer.Serialize(Python.PyValue.ToNode(parameters["event_pattern"]));
                Call("events", "PutRule", new JsonObject { ["Name"] = rule, ["EventPattern"] = pattern });
                Call("events", "PutTargets", new JsonObject { ["Rule"] = rule, ["Targets"] = new JsonArray(new JsonObject { ["Id"] = "queue", ["Arn"] = $"arn:aws:sqs:us-east-1:{moto.AccountId}:{QueueName(queueUrl)}" }) });
                _eventQueues.Add(queueUrl);
                return true;
            case "sqs_receive_num_messages":
                var expected = kwargs?.GetValueOrDefault("expected_messages") is long count ? (int)count : 1;
                var received = 0;
                var deadline = DateTime.UtcNow.AddSeconds(20);
                while (received < expected && DateTime.UtcNow < deadline)
                {
                    var messages = Call("sqs", "ReceiveMessage", new JsonObject { ["QueueUrl"] = args[0], ["MaxNumberOfMessages"] = 10, ["WaitTimeSeconds"] = 1 });
                    received += (messages["Messages"] as JArray)?.Count ?? 0;
                }

                return true;
            case "sqs_send_task_success_state_machine":
            case "sqs_send_task_failure_state_machine":
                StartWorker(args[0]!, succeed: step.Operation == "sqs_send_task_success_state_machine");
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// A match of what moto holds: <c>eventbridge_events</c> are the events the unit's rule
    /// delivered to its queue, read until as many arrived as the recording holds (bounded); null
    /// for other kinds.
    /// </summary>
    public object? Match(ConformanceUnit unit, JsonObject match)
    {
        if ((string?)match["kind"] != "eventbridge_events" || _eventQueues.Count == 0)
        {
            return null;
        }

        var expected = (match["snapshot"] as JsonArray)?.Count ?? 0;
        var events = new JsonArray();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            var messages = Call("sqs", "ReceiveMessage", new JsonObject { ["QueueUrl"] = _eventQueues[^1], ["MaxNumberOfMessages"] = 10, ["WaitTimeSeconds"] = 1 });
            foreach (var message in (messages["Messages"] as JArray ?? JArray.Empty).OfType<JObject>())
            {
                events.Add(JsonNode.Parse(((JString)message["Body"]!).Value));
            }
        }
        while (events.Count < expected && DateTime.UtcNow < deadline);

        return Python.PyValue.FromNode(events);
    }

    public void Dispose() => StopWorkers();

    /// <summary>Answers the task tokens of messages on a queue, as the recorded tests' helper state machine did.</summary>
    private void StartWorker(string queueUrl, bool succeed) =>
        StartWorker(queueUrl, (body, token) =>
        [
            succeed
                ? ("SendTaskSuccess", new JsonObject { ["taskToken"] = token, ["output"] = (body["Message"] ?? JsonValue.Create((string?)null))?.ToJsonString() ?? "null" })
                : ("SendTaskFailure", new JsonObject { ["taskToken"] = token, ["error"] = "Failure error", ["cause"] = "Failure cause" }),
        ]);

    /// <summary>For each message on a queue with a task token, makes the calls <paramref name="answers"/> gives, in order.</summary>
    private void StartWorker(string queueUrl, Func<JsonObject, string, IEnumerable<(string Operation, JsonObject Parameters)>> answers)
    {
        var client = Current ?? throw new InvalidOperationException("no client");
        var stop = new CancellationTokenSource();
        var worker = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                JObject messages;
                try
                {
                    messages = await CallAsync("sqs", "ReceiveMessage", new JsonObject { ["QueueUrl"] = queueUrl, ["MaxNumberOfMessages"] = 10, ["WaitTimeSeconds"] = 1 }, stop.Token);
                }
                catch (Exception e) when (e is OperationCanceledException or AwsServiceException or AwsClientException)
                {
                    // No queue yet, or stopping: look again shortly.
                    await Task.Delay(100, CancellationToken.None);
                    continue;
                }

                foreach (var message in (messages["Messages"] as JArray ?? JArray.Empty).OfType<JObject>())
                {
                    // Answered once: a message left on the queue would come back to a later unit with a token of the past.
                    try
                    {
                        await CallAsync("sqs", "DeleteMessage", new JsonObject { ["QueueUrl"] = queueUrl, ["ReceiptHandle"] = ((JString)message["ReceiptHandle"]!).Value }, CancellationToken.None);
                    }
                    catch (Exception e) when (e is AwsServiceException or AwsClientException)
                    {
                    }

                    if (JsonNode.Parse(((JString)message["Body"]!).Value) is not JsonObject body || (string?)body["TaskToken"] is not { } token)
                    {
                        continue;
                    }

                    foreach (var (operation, parameters) in answers(body, token))
                    {
                        try
                        {
                            client.Call(operation, parameters);
                        }
                        catch (Exception e) when (e is StepFunctionsApiException or HttpRequestException or TaskCanceledException or IOException)
                        {
                            // The unit's server answered with an error or went away: the history shows the outcome.
                        }
                    }
                }
            }
        });
        _workers.Add((stop, worker));
    }

    private void StopWorkers()
    {
        foreach (var (stop, worker) in _workers)
        {
            stop.Cancel();
            try
            {
                worker.Wait(TimeSpan.FromSeconds(10));
            }
            catch (AggregateException)
            {
            }

            stop.Dispose();
        }

        _workers.Clear();
    }

    private void Queue(string name)
    {
        var attributes = name.EndsWith(".fifo", StringComparison.Ordinal) ? new JsonObject { ["FifoQueue"] = "true" } : null;
        Call("sqs", "CreateQueue", new JsonObject { ["QueueName"] = name, ["Attributes"] = attributes });
    }

    private void Table(string name, string key) => Ignore(() => Call("dynamodb", "CreateTable", new JsonObject
    {
        ["TableName"] = name,
        ["KeySchema"] = new JsonArray(new JsonObject { ["AttributeName"] = key, ["KeyType"] = "HASH" }),
        ["AttributeDefinitions"] = new JsonArray(new JsonObject { ["AttributeName"] = key, ["AttributeType"] = "S" }),
        ["BillingMode"] = "PAY_PER_REQUEST",
    }));

    private static string QueueName(string url) => url[(url.LastIndexOf('/') + 1)..];

    private static void Ignore(Action action)
    {
        try
        {
            action();
        }
        catch (AwsServiceException)
        {
            // Already there (units of one test share resources).
        }
    }

    private JObject Call(string service, string operation, JsonObject input) => CallAsync(service, operation, input, CancellationToken.None).GetAwaiter().GetResult();

    private async Task<JObject> CallAsync(string service, string operation, JsonObject input, CancellationToken cancellationToken)
    {
        var model = _aws.Models.Find(service)!;
        var op = model.FindOperation(operation)!;
        var json = new JsonObject();
        foreach (var (key, value) in input)
        {
            if (value is not null)
            {
                json[key] = value.DeepClone();
            }
        }

        var result = await _aws.CallAsync(model, op, (JObject)JValue.Parse(json.ToJsonString()), OutputStyle.Sdk, null, cancellationToken);
        return result.Output;
    }
}
