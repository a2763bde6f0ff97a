using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Support;

/// <summary>
/// A boto3 program run with python3 against a <c>cairn serve</c> process: the <see cref="Prelude"/>
/// followed by the test's own lines, which print one JSON object for the test to check.
/// </summary>
internal static class Boto3Script
{
    /// <summary>
    /// What every script starts with: <c>sfn</c>, a client of the endpoint given as the first argument
    /// (no retries, no client-side validation, a read timeout above the activity long poll), the
    /// <c>role</c> for new state machines, <c>lambda_client()</c> and <c>zipped(files)</c> for
    /// functions, and the helpers most scripts need.
    /// </summary>
    public const string Prelude = """
        import json, sys, time
        import boto3
        from botocore.config import Config
        from botocore.exceptions import ClientError

        sfn = boto3.client("stepfunctions", endpoint_url=sys.argv[1], region_name="us-east-1",
                           config=Config(read_timeout=70, retries={"max_attempts": 0}, parameter_validation=False))
        role = "arn:aws:iam::123456789012:role/StepFunctionsRole"

        def create(name, definition, **options):
            return sfn.create_state_machine(name=name, definition=json.dumps(definition), roleArn=role, **options)["stateMachineArn"]

        def until(find, timeout=60):
            deadline = time.time() + timeout
            while time.time() < deadline:
                found = find()
                if found is not None:
                    return found
                time.sleep(0.02)
            raise TimeoutError(f"nothing found in {timeout} s")

        def finished(arn, timeout=60):
            def ended():
                d = sfn.describe_execution(executionArn=arn)
                return d if d["status"] != "RUNNING" else None
            return until(ended, timeout)

        def history(arn):
            return sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]

        def lambda_client(**options):
            return boto3.client("lambda", endpoint_url=sys.argv[1], region_name="us-east-1",
                                config=Config(read_timeout=70, retries={"max_attempts": 0}, parameter_validation=False), **options)

        def zipped(files):
            import io, zipfile
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                for name, text in files.items():
                    archive.writestr(name, text)
            return buffer.getvalue()

        def plain(value):
            if isinstance(value, dict):
                value = {k: v for k, v in value.items() if k != "ResponseMetadata"}
            return json.loads(json.dumps(value, default=str))

        def code(call):
            try:
                call()
                return "no error"
            except ClientError as e:
                return e.response["Error"]["Code"]

        def error(call):
            try:
                call()
                return "no error"
            except ClientError as e:
                return e.response["Error"]["Code"] + ": " + e.response["Error"]["Message"]

        """;

    /// <summary>
    /// Runs the <see cref="Prelude"/> and <paramref name="script"/> with python3; the script sees the
    /// server's endpoint as <c>sys.argv[1]</c> and <paramref name="arguments"/> after it. A failing
    /// script fails the test with its stderr and the server's output; stdout is the JSON answer.
    /// </summary>
    public static JsonObject Run(ServeProcess server, string script, params string[] arguments)
    {
        using var scripts = new TempFolder();
        var path = scripts.Write("drive.py", Prelude + script);
        var (exitCode, stdout, stderr) = ExternalTool.Run("python3", [path, server.Endpoint.ToString().TrimEnd('/'), .. arguments]);
        Assert.True(exitCode == 0, $"python3 failed: {stderr}\n{server.Output}");
        return JsonNode.Parse(stdout)!.AsObject();
    }
}
