using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Seeds;

/// <summary>
/// The hello-world → reverse seed driven as its document drives it, with the AWS CLI: a role with
/// <c>aws iam create-role</c>, both functions with <c>aws lambda create-function --zip-file
/// fileb://</c>, then <c>create-state-machine</c>, <c>start-execution</c> and
/// <c>describe-execution</c>, whose output says <c>"MOM IH"</c>.
/// </summary>
public sealed class HelloWorldReverseSeedTests
{
    [Fact]
    public void TheAwsCliDeploysAndRunsTheWorkflowWithRealHandlers()
    {
        using var files = new TempFolder();
        var functions = RepoPaths.Example("hello-world-reverse", "functions");
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(functions, "hello-world"), Path.Combine(files.Dir, "hello-world.zip"));
        System.IO.Compression.ZipFile.CreateFromDirectory(Path.Combine(functions, "reverse"), Path.Combine(files.Dir, "reverse.zip"));
        files.Write("iam_role_definition.json", """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ["states.amazonaws.com"]}, "Action": "sts:AssumeRole",
              "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:states:us-east-1:123456789012:stateMachine:*"}, "StringEquals": {"aws:SourceAccount": "123456789012"}}}]}
            """);
        using var server = ServeProcess.Start("--in-memory");
        var iam = new AwsCli(server.Endpoint, "iam", files.Dir);
        var lambda = new AwsCli(server.Endpoint, "lambda", files.Dir);
        var sfn = new AwsCli(server.Endpoint, "stepfunctions", files.Dir);

        var role = iam.Run("create-role", "--role-name", "StepFunctions-MyFirstStateMachine-role", "--assume-role-policy-document", "file://iam_role_definition.json")["Role"]!;
        Assert.Equal("arn:aws:iam::123456789012:role/StepFunctions-MyFirstStateMachine-role", (string)role["Arn"]!);
        Assert.Equal("states.amazonaws.com", (string)role["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]![0]!);

        lambda.Run("create-function", "--function-name", "hello-world", "--runtime", "python3.12", "--handler", "lambda_function.lambda_handler",
            "--role", "arn:aws:iam::123456789012:role/lambda-basic", "--zip-file", "fileb://hello-world.zip");
        lambda.Run("create-function", "--function-name", "reverse", "--runtime", "nodejs20.x", "--handler", "index.handler",
            "--role", "arn:aws:iam::123456789012:role/lambda-basic", "--zip-file", "fileb://reverse.zip");
        var listed = lambda.Run("list-functions", "--query", "{names: Functions[].[FunctionName,FunctionArn]}")["names"]!.AsArray();
        Assert.Equal(["hello-world", "reverse"], listed.Select(f => (string)f![0]!));

        var machine = (string)sfn.Run("create-state-machine", "--name", "MyFirstStateMachine",
            "--definition", File.ReadAllText(RepoPaths.Example("hello-world-reverse", "definition.asl.json")),
            "--role-arn", (string)role["Arn"]!)["stateMachineArn"]!;
        var execution = (string)sfn.Run("start-execution", "--state-machine-arn", machine, "--input", """{"payload": "hi mom"}""")["executionArn"]!;
        var described = WaitForEnd(sfn, execution, server);

        Assert.Equal("SUCCEEDED", (string)described["status"]!);
        Assert.Equal(
            """{"statusCode":200,"headers":{"Access-Control-Allow-Origin":"*","Access-Control-Allow-Methods":"GET, POST, PUT, DELETE, OPTIONS","content-type":"application/json"},"body":{"payload":"MOM IH"}}""",
            (string)described["output"]!);
        Assert.Equal("NOT_REDRIVABLE", (string)described["redriveStatus"]!);
    }

    internal static System.Text.Json.Nodes.JsonObject WaitForEnd(AwsCli sfn, string execution, ServeProcess server)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var described = sfn.Run("describe-execution", "--execution-arn", execution);
            if ((string)described["status"]! != "RUNNING")
            {
                return described;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{execution} did not end: {server.Output}");
            Thread.Sleep(200);
        }
    }
}
