using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;
using Cairn.TestSupport;

namespace Cairn.Server.Tests.Aws;

/// <summary>
/// <c>cairn serve --endpoint MOTO</c> driven with boto3: an approval request on SQS with
/// <c>.waitForTaskToken</c> answered by a worker, an order written to DynamoDB and read back
/// through <c>aws-sdk</c>, an SNS notification delivered to an SQS subscription.
/// </summary>
public sealed class AwsServicesEndToEndTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> Credentials = MotoServer.ClientEnvironment;

    private readonly MotoServer _moto = MotoServer.Shared;
    private readonly ServeProcess _server;

    public AwsServicesEndToEndTests() =>
        _server = ServeProcess.Start(Credentials, "--in-memory", "--endpoint", MotoServer.Shared.Endpoint.ToString());

    [Fact]
    public void TheServerSaysWhereEachServiceGoes()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_server.Output.Contains("sqs →", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        var endpoint = _moto.Endpoint.GetLeftPart(UriPartial.Authority);
        Assert.Contains("Task states call AWS services in us-east-1:", _server.Output);
        Assert.Contains($"sqs → {endpoint} (--endpoint)", _server.Output);
        Assert.Contains($"dynamodb → {endpoint} (--endpoint)", _server.Output);
    }

    [Fact]
    public void AnOrderIsApprovedStoredAndAnnounced()
    {
        var result = Boto3Script.Run(_server, Script + """
            arn = sfn.start_execution(stateMachineArn=machine, input=json.dumps({"order": "o-1"}))["executionArn"]
            work(approve=True)
            done = finished(arn)
            notice = until(lambda: sqs.receive_message(QueueUrl=notices, WaitTimeSeconds=1).get("Messages"))
            rejected = sfn.start_execution(stateMachineArn=machine, input=json.dumps({"order": "o-2"}))["executionArn"]
            work(approve=False)
            failed = finished(rejected)
            print(json.dumps({"status": done["status"], "output": json.loads(done["output"]),
                              "notice": json.loads(notice[0]["Body"])["Message"],
                              "rejected": [failed["status"], failed.get("error"), failed.get("cause")],
                              "types": [e["type"] for e in history(arn)]}))
            """, _moto.Endpoint.ToString());

        Assert.Equal("SUCCEEDED", (string?)result["status"]);
        Assert.Equal("o-1", (string?)result["output"]!["stored"]!["id"]!["S"]);
        Assert.Equal("approved by worker", (string?)result["output"]!["approval"]!["by"]);
        Assert.Equal("order o-1 approved", (string?)result["notice"]);
        Assert.Equal(JsonNode.Parse("""["FAILED", "Rejected", "order o-2 rejected"]""")!.ToJsonString(), result["rejected"]!.ToJsonString());
        var types = result["types"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.Equal(4, types.Count(t => t == "TaskSucceeded"));
    }

    public void Dispose() => _server.Dispose();

    /// <summary>Resources in moto (argv[2]), the state machine, and a worker answering approval requests.</summary>
    private const string Script = """
        moto = sys.argv[2]
        aws = dict(endpoint_url=moto, region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")
        sqs, sns, ddb = boto3.client("sqs", **aws), boto3.client("sns", **aws), boto3.client("dynamodb", **aws)
        suffix = str(time.time_ns())
        approvals = sqs.create_queue(QueueName="approvals-" + suffix)["QueueUrl"]
        notices = sqs.create_queue(QueueName="notices-" + suffix)["QueueUrl"]
        notices_arn = sqs.get_queue_attributes(QueueUrl=notices, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        topic = sns.create_topic(Name="orders-" + suffix)["TopicArn"]
        sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=notices_arn)
        table = "orders-" + suffix
        ddb.create_table(TableName=table, KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
                         AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}], BillingMode="PAY_PER_REQUEST")
        # The queue URL as written for AWS: Cairn sends it to the configured endpoint.
        aws_url = "https://sqs.us-east-1.amazonaws.com/123456789012/approvals-" + suffix
        machine = create("orders-" + suffix, {
          "StartAt": "Approve",
          "States": {
            "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                        "Parameters": {"QueueUrl": aws_url, "MessageBody": {"token.$": "$$.Task.Token", "order.$": "$.order"}},
                        "ResultPath": "$.approval", "TimeoutSeconds": 60, "Next": "Save"},
            "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                     "Parameters": {"TableName": table, "Item": {"id": {"S.$": "$.order"}}}, "ResultPath": None, "Next": "Read"},
            "Read": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:getItem",
                     "Parameters": {"TableName": table, "Key": {"id": {"S.$": "$.order"}}},
                     "ResultSelector": {"id.$": "$.Item.id"}, "ResultPath": "$.stored", "Next": "Notify"},
            "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                       "Parameters": {"TopicArn": topic, "Message.$": "States.Format('order {} approved', $.order)"},
                       "ResultPath": None, "End": True}}})

        def work(approve):
            try:
                messages = until(lambda: sqs.receive_message(QueueUrl=approvals, WaitTimeSeconds=1).get("Messages"), timeout=30)
            except TimeoutError:
                executions = sfn.list_executions(stateMachineArn=machine)["executions"]
                raise TimeoutError("no approval request: " + json.dumps([history(e["executionArn"]) for e in executions], default=str))
            body = json.loads(messages[0]["Body"])
            sqs.delete_message(QueueUrl=approvals, ReceiptHandle=messages[0]["ReceiptHandle"])
            if approve:
                sfn.send_task_success(taskToken=body["token"], output=json.dumps({"by": "approved by worker"}))
            else:
                sfn.send_task_failure(taskToken=body["token"], error="Rejected", cause="order " + body["order"] + " rejected")

        """;
}
