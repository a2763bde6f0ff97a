using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;
using Cairn.TestSupport;

namespace Cairn.Server.Tests.Seeds;

/// <summary>
/// The order-processing seed as its document deploys it: <c>cairn deploy</c> of the SAM template
/// (<c>examples/order-processing-sam/template.yaml</c>: six Python and Node.js functions, the state
/// machine with <c>DefinitionSubstitutions</c>, a DynamoDB table, SQS queues and an SNS topic with an
/// SQS subscription in moto), then driven with the AWS CLI: an approval request read from SQS by a
/// worker that answers SendTaskSuccess (and, for another order, SendTaskFailure), the order read
/// back from DynamoDB, the notification received on the subscribed queue, the executions listed by
/// status. Deploying again updates everything in place.
/// </summary>
public sealed class OrderProcessingSamSeedTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> Credentials = MotoServer.ClientEnvironment;

    private readonly MotoServer _moto = MotoServer.Shared;
    private readonly ServeProcess _server;
    private readonly string _stack = MotoServer.UniqueName("orders");

    public OrderProcessingSamSeedTests() =>
        _server = ServeProcess.Start(Credentials, "--in-memory", "--endpoint", MotoServer.Shared.Endpoint.ToString());

    [Fact]
    public void TheTemplateDeploysAndTheWorkflowRunsWithApprovalsStorageAndNotifications()
    {
        var (exitCode, deployOutput) = Deploy();
        Assert.True(exitCode == 0, deployOutput + _server.Output);
        var outputs = Outputs(deployOutput);
        Assert.Equal(19, deployOutput.Split('\n').Count(l => l.StartsWith("  CREATE ", StringComparison.Ordinal) || l.StartsWith("  UPDATE ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Not created", deployOutput, StringComparison.Ordinal);

        var machine = outputs["OrderStateMachineArn"];
        Assert.Equal("arn:aws:states:us-east-1:123456789012:stateMachine:order-processing", machine);
        Assert.StartsWith(_stack + "-OrdersTable-", outputs["OrdersTableName"], StringComparison.Ordinal);

        var sfn = new AwsCli(_server.Endpoint);
        var sqs = new AwsCli(_moto.Endpoint, "sqs");
        var approved = Start(sfn, machine, "ORD-1", 1500);
        var request = ReceiveOne(sqs, outputs["ApprovalQueueUrl"]);
        Assert.Equal("ORD-1", (string)request["orderId"]!);
        Assert.Equal(1500, (int)request["amount"]!);
        sfn.Run("send-task-success", "--task-token", (string)request["taskToken"]!, "--task-output", """{"approved": true, "by": "alice"}""");
        var done = HelloWorldReverseSeedTests.WaitForEnd(sfn, approved, _server);
        Assert.True((string)done["status"]! == "SUCCEEDED", done.ToJsonString() + _server.Output);
        var output = JsonNode.Parse((string)done["output"]!)!;
        Assert.Equal("""{"orderId":"ORD-1","status":"PAID","paymentId":"PAY-ORD-1"}""", output["stored"]!.ToJsonString());
        Assert.Equal("TRK-ORD-1", (string)output["fulfilment"]!["shipment"]!["trackingNumber"]!);
        Assert.Equal("parcel-test", (string)output["fulfilment"]!["shipment"]!["carrier"]!);
        Assert.Equal("dev", (string)output["fulfilment"]!["analytics"]!["stage"]!);
        Assert.Equal("EUR", (string)output["payment"]!["currency"]!);
        Assert.Equal("""[true,true]""", new JsonArray(output["inventory"]!.AsArray().Select(i => (JsonNode?)JsonValue.Create((bool)i!["available"]!)).ToArray()).ToJsonString());

        var item = new AwsCli(_moto.Endpoint, "dynamodb").Run("get-item", "--table-name", outputs["OrdersTableName"], "--key", """{"orderId": {"S": "ORD-1"}}""")["Item"]!;
        Assert.Equal("PAID", (string)item["status"]!["S"]!);
        Assert.Equal("1500", (string)item["amount"]!["N"]!);
        Assert.Equal("ORD-1", (string)JsonNode.Parse((string)item["order"]!["S"]!)!["id"]!);

        var notification = ReceiveOne(sqs, outputs["NotificationQueueUrl"]);
        Assert.Equal(outputs["OrderTopicArn"], (string)notification["TopicArn"]!);
        Assert.Equal("Order confirmed", (string)notification["Subject"]!);
        Assert.Equal("""{"orderId":"ORD-1","status":"PAID","paymentId":"PAY-ORD-1"}""", (string)notification["Message"]!);

        var rejected = Start(sfn, machine, "ORD-2", 2500);
        var second = ReceiveOne(sqs, outputs["ApprovalQueueUrl"]);
        Assert.Equal("ORD-2", (string)second["orderId"]!);
        sfn.Run("send-task-failure", "--task-token", (string)second["taskToken"]!, "--error", "ApprovalDenied", "--cause", "over budget");
        var failed = HelloWorldReverseSeedTests.WaitForEnd(sfn, rejected, _server);
        Assert.Equal("FAILED", (string)failed["status"]!);
        Assert.Equal("OrderRejected", (string)failed["error"]!);

        var small = Start(sfn, machine, "ORD-3", 40);
        Assert.Equal("SUCCEEDED", (string)HelloWorldReverseSeedTests.WaitForEnd(sfn, small, _server)["status"]!);
        var outOfStock = (string)sfn.Run("start-execution", "--state-machine-arn", machine, "--input", """{"order": {"id": "ORD-4", "amount": 10, "items": [{"sku": "DESK-4", "quantity": 1}]}}""")["executionArn"]!;
        var stockFailure = HelloWorldReverseSeedTests.WaitForEnd(sfn, outOfStock, _server);
        Assert.Equal("OrderFailed", (string)stockFailure["error"]!);

        // Newest first, as AWS lists them.
        Assert.Equal([small, approved], Listed(sfn, machine, "SUCCEEDED"));
        Assert.Equal([outOfStock, rejected], Listed(sfn, machine, "FAILED"));
        Assert.Empty(Listed(sfn, machine, "RUNNING"));
    }

    [Fact]
    public void DeployingAgainUpdatesInPlace()
    {
        var (firstCode, first) = Deploy();
        Assert.True(firstCode == 0, first);
        var (secondCode, second) = Deploy("--parameter-overrides", "ApprovalThreshold=5000", "Stage=prod");
        Assert.True(secondCode == 0, second);

        Assert.Equal(Outputs(first), Outputs(second));
        Assert.Contains("  UPDATE  OrderStateMachine AWS::Serverless::StateMachine ", second, StringComparison.Ordinal);
        Assert.Contains("  UPDATE  InitiateShipmentFunction AWS::Serverless::Function ", second, StringComparison.Ordinal);
        Assert.Contains("  REUSE   OrdersTable AWS::DynamoDB::Table ", second, StringComparison.Ordinal);
        Assert.Contains("  REUSE   ApprovalQueue AWS::SQS::Queue ", second, StringComparison.Ordinal);
        Assert.Contains("  REUSE   OrderTopic AWS::SNS::Topic ", second, StringComparison.Ordinal);
        Assert.DoesNotContain("  CREATE ", second, StringComparison.Ordinal);

        var sfn = new AwsCli(_server.Endpoint);
        Assert.Single(sfn.Run("list-state-machines")["stateMachines"]!.AsArray());
        var definition = (string)sfn.Run("describe-state-machine", "--state-machine-arn", Outputs(second)["OrderStateMachineArn"])["definition"]!;
        Assert.Contains("\"NumericGreaterThan\": 5000", definition, StringComparison.Ordinal);
        var lambda = new AwsCli(_server.Endpoint, "lambda");
        Assert.Equal(6, lambda.Run("list-functions")["Functions"]!.AsArray().Count);
        var shipment = lambda.Run("list-functions")["Functions"]!.AsArray().Single(f => ((string)f!["FunctionName"]!).Contains("-InitiateShipmentFunction-", StringComparison.Ordinal))!;
        Assert.Equal("parcel-express", (string)shipment["Environment"]!["Variables"]!["CARRIER"]!);
        Assert.Equal("prod", (string)shipment["Environment"]!["Variables"]!["STAGE"]!);

        var topic = Outputs(second)["OrderTopicArn"];
        Assert.Single(new AwsCli(_moto.Endpoint, "sns").Run("list-subscriptions-by-topic", "--topic-arn", topic)["Subscriptions"]!.AsArray());
    }

    public void Dispose() => _server.Dispose();

    private (int ExitCode, string Output) Deploy(params string[] extra)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "cairn.dll");
        var arguments = new[]
        {
            cli, "deploy", RepoPaths.Example("order-processing-sam", "template.yaml"), "--endpoint-url", _server.Endpoint.ToString(),
            "--endpoint", _moto.Endpoint.ToString(), "--stack-name", _stack,
        }.Concat(extra);
        var (exitCode, stdout, stderr) = ExternalTool.Run("dotnet", arguments, environment: Credentials, timeoutSeconds: 300);
        return (exitCode, stdout + stderr);
    }

    private static Dictionary<string, string> Outputs(string deployOutput)
    {
        var lines = deployOutput.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, "Outputs:");
        Assert.True(start >= 0, "no Outputs in: " + deployOutput);
        return lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split(' ', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    private static string Start(AwsCli sfn, string machine, string id, int amount) =>
        (string)sfn.Run("start-execution", "--state-machine-arn", machine, "--input",
            $$$"""{"order": {"id": "{{{id}}}", "amount": {{{amount}}}, "items": [{"sku": "BOOK-1", "quantity": 2}, {"sku": "PEN-2", "quantity": 10}]}}""")["executionArn"]!;

    /// <summary>The worker: waits for one message on the queue, deletes it and returns its body.</summary>
    private JsonNode ReceiveOne(AwsCli sqs, string queueUrl)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var received = sqs.Run("receive-message", "--queue-url", queueUrl, "--wait-time-seconds", "2", "--max-number-of-messages", "1");
            if (received["Messages"] is JsonArray { Count: > 0 } messages)
            {
                sqs.Run("delete-message", "--queue-url", queueUrl, "--receipt-handle", (string)messages[0]!["ReceiptHandle"]!);
                return JsonNode.Parse((string)messages[0]!["Body"]!)!;
            }

            Assert.True(DateTime.UtcNow < deadline, $"no message on {queueUrl}: {_server.Output}");
        }
    }

    private static List<string> Listed(AwsCli sfn, string machine, string status) =>
        sfn.Run("list-executions", "--state-machine-arn", machine, "--status-filter", status)["executions"]!.AsArray()
            .Select(e => (string)e!["executionArn"]!).ToList();
}
