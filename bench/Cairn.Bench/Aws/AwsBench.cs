using System.Diagnostics;
using System.Globalization;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Integrations;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Integrations.Aws.Signing;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Bench.Aws;

/// <summary>
/// <c>Cairn.Bench aws [--calls N] [--executions N] [--parallel N]</c>: against one moto,
/// (1) SQS SendMessage: the client's own work per call (serialise, sign, parse moto's real answer)
/// for Cairn and for botocore in one run, and the whole call against moto for both; (2) N
/// executions, each an <c>sqs:sendMessage</c> and a <c>dynamodb:putItem</c> task, run in process.
/// </summary>
public static class AwsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = Option(args, "--calls", 2000);
        var executions = Option(args, "--executions", 1000);
        var parallel = Option(args, "--parallel", 32);
        using var moto = MotoServer.StartDedicated("123456789012");
        var options = new AwsClientOptions
        {
            Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["*"] = moto.Endpoint }, _ => null),
            Credentials = AwsCredentialChain.Of(new AwsCredentials("testing", "testing")),
            Region = "us-east-1",
        };
        var client = new AwsClient(options);
        var sqs = client.Models.Find("sqs")!;
        var queueUrl = ((JString)(await client.CallAsync(sqs, sqs.FindOperation("CreateQueue")!, (JObject)JValue.Parse("""{"QueueName":"bench"}"""), OutputStyle.Sdk, null, CancellationToken.None)).Output["QueueUrl"]!).Value;
        Console.WriteLine($"moto at {moto.Endpoint}; {calls} SendMessage calls each way, {executions} executions ({parallel} at a time)");

        var send = sqs.FindOperation("SendMessage")!;
        var input = (JObject)JValue.Parse($$$$"""{"QueueUrl":"{{{{queueUrl}}}}","MessageBody":"hello","MessageAttributes":{"a":{"DataType":"String","StringValue":"v"}}}""");
        for (var i = 0; i < 200; i++)
        {
            await client.CallAsync(sqs, send, input, OutputStyle.Sdk, null, CancellationToken.None);
        }

        // The client's own work per call (serialise, sign, parse a real moto answer), without the
        // network and moto, for Cairn and for botocore; then the whole call against moto.
        var answer = (await client.CallAsync(sqs, send, input, OutputStyle.Sdk, null, CancellationToken.None)).Response;
        var cairnWork = ClientWork(moto.Endpoint, sqs, send, input, answer, calls * 10);
        var cairn = await TimeAsync(calls, () => client.CallAsync(sqs, send, input, OutputStyle.Sdk, null, CancellationToken.None));
        var (botoWork, boto) = Boto3(moto.Endpoint, queueUrl, calls, System.Text.Encoding.UTF8.GetString(answer.Body), answer.Headers);
        Console.WriteLine();
        Console.WriteLine($"{"per SendMessage call",-30} {"client work µs",15} {"whole call via moto µs",24}");
        Console.WriteLine($"{"Cairn AwsClient (.NET)",-30} {cairnWork,15:0.0} {cairn,24:0.0}");
        Console.WriteLine($"{"boto3 " + BotoVersion(),-30} {botoWork,15:0.0} {boto,24:0.0}");
        Console.WriteLine($"Cairn's per-call client work is {cairnWork / botoWork:0.000} of boto3's (target ≤ 0.20); whole calls are dominated by moto.");

        await ExecutionsAsync(options, queueUrl, executions, parallel);
        return 0;
    }

    /// <summary>Mean microseconds per call of <paramref name="call"/>, called in a row.</summary>
    private static async Task<double> TimeAsync(int calls, Func<Task> call)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    /// <summary>Mean microseconds of Cairn's client work for one call: serialise, resolve credentials, sign, parse the answer.</summary>
    private static double ClientWork(Uri endpoint, Integrations.Aws.Models.ServiceModel model, Integrations.Aws.Models.Operation operation, JObject input, AwsHttpResponse answer, int calls)
    {
        var protocol = AwsProtocol.For(model);
        var credentials = new AwsCredentials("testing", "testing");
        var host = SigV4Signer.HostHeader(endpoint);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            var request = protocol.Serialize(model, operation, input);
            SigV4Signer.Sign(request, host, credentials, "us-east-1", model.SigningName, DateTimeOffset.UtcNow, s3: false);
            protocol.ParseOutput(model, operation, answer, OutputStyle.Sdk);
        }

        return watch.Elapsed.TotalMicroseconds / calls;
    }

    /// <summary>botocore's client work for the same call (serialise, sign, parse the same answer) and boto3's whole call against moto.</summary>
    private static (double Work, double Call) Boto3(Uri endpoint, string queueUrl, int calls, string answerBody, IReadOnlyList<KeyValuePair<string, string>> answerHeaders)
    {
        var headers = JObject.Create(answerHeaders.GroupBy(h => h.Key).Select(g => new KeyValuePair<string, JValue>(g.Key, new JString(g.Last().Value)))).ToJson();
        var script = $$$$"""
            import time, boto3, json, sys
            from botocore.config import Config
            from botocore.awsrequest import prepare_request_dict, create_request_object
            c = boto3.client("sqs", endpoint_url="{{{{endpoint}}}}", region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing",
                             config=Config(retries={"max_attempts": 0}))
            args = dict(QueueUrl="{{{{queueUrl}}}}", MessageBody="hello", MessageAttributes={"a": {"DataType": "String", "StringValue": "v"}})
            model = c.meta.service_model.operation_model("SendMessage")
            answer = {"status_code": 200, "headers": json.loads(sys.argv[2]), "body": sys.argv[1].encode()}
            def work():
                d = c._serializer.serialize_to_request(args, model)
                prepare_request_dict(d, endpoint_url="{{{{endpoint}}}}")
                request = create_request_object(d)
                c._request_signer.sign("SendMessage", request)
                c._response_parser.parse(answer, model.output_shape)
            for _ in range(500): work()
            t = time.perf_counter()
            for _ in range({{{{calls * 10}}}}): work()
            w = (time.perf_counter() - t) / {{{{calls * 10}}}} * 1e6
            for _ in range(100): c.send_message(**args)
            t = time.perf_counter()
            for _ in range({{{{calls}}}}): c.send_message(**args)
            call = (time.perf_counter() - t) / {{{{calls}}}} * 1e6
            print(json.dumps([w, call]))
            """;
        var path = Path.Combine(Path.GetTempPath(), $"cairn-aws-bench-{Environment.ProcessId}.py");
        File.WriteAllText(path, script);
        try
        {
            var start = new ProcessStartInfo("python3", [path, answerBody, headers]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEnd();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException("boto3 failed: " + stderr);
            }

            var result = (JArray)JValue.Parse(stdout.Trim());
            return (((JNumber)result[0]).DoubleValue, ((JNumber)result[1]).DoubleValue);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task ExecutionsAsync(AwsClientOptions options, string queueUrl, int count, int parallel)
    {
        var client = new AwsClient(options);
        var ddb = client.Models.Find("dynamodb")!;
        await client.CallAsync(ddb, ddb.FindOperation("CreateTable")!, (JObject)JValue.Parse("""{"TableName":"bench","KeySchema":[{"AttributeName":"id","KeyType":"HASH"}],"AttributeDefinitions":[{"AttributeName":"id","AttributeType":"S"}],"BillingMode":"PAY_PER_REQUEST"}"""), OutputStyle.Sdk, null, CancellationToken.None);
        var definition = $$$$"""
            {"StartAt":"Send","States":{
              "Send":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage","Parameters":{"QueueUrl":"{{{{queueUrl}}}}","MessageBody.$":"$"},"ResultPath":null,"Next":"Put"},
              "Put":{"Type":"Task","Resource":"arn:aws:states:::dynamodb:putItem","Parameters":{"TableName":"bench","Item":{"id":{"S.$":"$$.Execution.Name"}}},"End":true}}}
            """;
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics) ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        var tasks = new TaskRouter(NoTaskHandler.Instance, aws: new AwsTaskHandler(client));
        var input = JObject.Create(("order", JNumber.From(1)));
        using var gate = new SemaphoreSlim(parallel);
        var failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var execution = await LocalExecution.RunAsync(machine, input, tasks, new LocalExecutionOptions { ExecutionName = "e" + i.ToString(CultureInfo.InvariantCulture), TimeScale = 0 });
                if (execution.Status != ExecutionStatus.SUCCEEDED)
                {
                    Interlocked.Increment(ref failed);
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"{count} executions (sqs:sendMessage + dynamodb:putItem) in {seconds:0.00} s: {count / seconds:0} executions/s, {2 * count / seconds:0} calls/s, {failed} failed");
    }

    private static string BotoVersion()
    {
        try
        {
            var start = new ProcessStartInfo("python3", ["-c", "import boto3;print(boto3.__version__)"]) { RedirectStandardOutput = true };
            using var process = Process.Start(start)!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
