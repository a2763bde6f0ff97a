using System.Text.Json.Nodes;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>The Lambda API on the Step Functions port, driven by boto3 and the AWS CLI as users drive it.</summary>
public sealed class LambdaApiTests : IDisposable
{
    private const string Handler = """
        import os
        def handler(event, context):
            print("event", event)
            if event.get("fail"):
                raise ValueError("asked to fail")
            return {"echo": event, "greeting": os.environ.get("GREETING", "hello"), "version": context.function_version}
        """;

    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;

    public LambdaApiTests() => _server = ServeProcess.Start("--data", _data.Dir);

    [Fact]
    public void AFunctionGoesThroughItsWholeLifecycle()
    {
        var result = Boto3Script.Run(_server, $$"""
            import base64, urllib.request
            lam = lambda_client()
            code = zipped({"app.py": {{Python(Handler)}}})
            created = lam.create_function(FunctionName="echo", Runtime="python3.12", Role="arn:aws:iam::123456789012:role/lambda",
                                          Handler="app.handler", Code={"ZipFile": code}, Tags={"team": "core"})
            got = lam.get_function(FunctionName="echo")
            downloaded = urllib.request.urlopen(got["Code"]["Location"]).read()
            for name in ["two", "three"]:
                lam.create_function(FunctionName=name, Runtime="python3.12", Role="arn:aws:iam::123456789012:role/lambda", Handler="app.handler", Code={"ZipFile": code})
            first = lam.list_functions(MaxItems=2)
            second = lam.list_functions(MaxItems=2, Marker=first["NextMarker"])
            invoked = lam.invoke(FunctionName="echo", Payload=b'{"n": 1}', LogType="Tail")
            payload = json.loads(invoked["Payload"].read())
            log = base64.b64decode(invoked["LogResult"]).decode()
            updated = lam.update_function_configuration(FunctionName="echo", Environment=dict(Variables={"GREETING": "hi"}), Timeout=30)
            after_update = json.loads(lam.invoke(FunctionName="echo", Payload=b'{}')["Payload"].read())
            v1 = lam.publish_version(FunctionName="echo", Description="first")
            again = lam.publish_version(FunctionName="echo")
            lam.update_function_code(FunctionName="echo", ZipFile=zipped({"app.py": "def handler(event, context):\n    return 'v2'\n"}))
            v2 = lam.publish_version(FunctionName="echo")
            versions = [v["Version"] for v in lam.list_versions_by_function(FunctionName="echo")["Versions"]]
            alias = lam.create_alias(FunctionName="echo", Name="live", FunctionVersion="1")
            via_alias = lam.invoke(FunctionName="echo", Qualifier="live", Payload=b'{}')
            via_alias_payload = json.loads(via_alias["Payload"].read())
            moved = lam.update_alias(FunctionName="echo", Name="live", FunctionVersion="2", RevisionId=alias["RevisionId"])
            stale = error(lambda: lam.update_alias(FunctionName="echo", Name="live", FunctionVersion="1", RevisionId=alias["RevisionId"]))
            via_arn = json.loads(lam.invoke(FunctionName=created["FunctionArn"] + ":live", Payload=b'{}')["Payload"].read())
            aliases = [a["Name"] for a in lam.list_aliases(FunctionName="echo")["Aliases"]]
            lam.delete_alias(FunctionName="echo", Name="live")
            lam.tag_resource(Resource=created["FunctionArn"], Tags={"env": "test"})
            lam.untag_resource(Resource=created["FunctionArn"], TagKeys=["team"])
            tags = lam.list_tags(Resource=created["FunctionArn"])["Tags"]
            lam.put_function_concurrency(FunctionName="echo", ReservedConcurrentExecutions=0)
            throttled = error(lambda: lam.invoke(FunctionName="echo", Payload=b'{}'))
            concurrency = lam.get_function_concurrency(FunctionName="echo")
            lam.delete_function_concurrency(FunctionName="echo")
            settings = lam.get_account_settings()
            signing = lam.get_function_code_signing_config(FunctionName="echo")
            mappings = lam.list_event_source_mappings()["EventSourceMappings"]
            lam.delete_function(FunctionName="echo", Qualifier="1")
            versions_after = [v["Version"] for v in lam.list_versions_by_function(FunctionName="echo")["Versions"]]
            lam.delete_function(FunctionName="echo")
            gone = error(lambda: lam.get_function(FunctionName="echo"))
            print(json.dumps({
                "created": plain(created), "got": plain(got), "downloaded": downloaded == code,
                "first": [f["FunctionName"] for f in first["Functions"]], "second": [f["FunctionName"] for f in second["Functions"]], "more": "NextMarker" in second,
                "invoked": {"status": invoked["StatusCode"], "version": invoked["ExecutedVersion"], "error": invoked.get("FunctionError")}, "payload": payload, "log": log,
                "updated": plain(updated), "after_update": after_update, "v1": v1["Version"], "again": again["Version"], "v2": v2["Version"], "versions": versions,
                "alias": plain(alias), "via_alias": [via_alias["ExecutedVersion"], via_alias_payload["version"]], "moved": moved["FunctionVersion"], "stale": stale,
                "via_arn": via_arn, "aliases": aliases, "tags": tags, "throttled": throttled, "concurrency": plain(concurrency),
                "settings": plain(settings), "signing": plain(signing), "mappings": mappings, "versions_after": versions_after, "gone": gone}))
            """);

        var created = result["created"]!;
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:echo", (string)created["FunctionArn"]!);
        Assert.Equal("Active", (string)created["State"]!);
        Assert.Equal("Successful", (string)created["LastUpdateStatus"]!);
        Assert.Equal("$LATEST", (string)created["Version"]!);
        Assert.Equal(44, ((string)created["CodeSha256"]!).Length);
        Assert.True((bool)result["downloaded"]!, "Code.Location serves the function's zip");
        Assert.Equal("core", (string)result["got"]!["Tags"]!["team"]!);
        Assert.Equal(["echo", "three"], result["first"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["two"], result["second"]!.AsArray().Select(n => (string)n!));
        Assert.False((bool)result["more"]!);
        Assert.Equal(200, (int)result["invoked"]!["status"]!);
        Assert.Equal("$LATEST", (string)result["invoked"]!["version"]!);
        Assert.Null(result["invoked"]!["error"]);
        Assert.Equal("""{"echo":{"n":1},"greeting":"hello","version":"$LATEST"}""", result["payload"]!.ToJsonString());
        Assert.Contains("event {'n': 1}", (string)result["log"]!);
        Assert.Equal("hi", (string)result["updated"]!["Environment"]!["Variables"]!["GREETING"]!);
        Assert.Equal(30, (int)result["updated"]!["Timeout"]!);
        Assert.Equal("hi", (string)result["after_update"]!["greeting"]!);
        Assert.Equal(("1", "1", "2"), ((string)result["v1"]!, (string)result["again"]!, (string)result["v2"]!));
        Assert.Equal(["$LATEST", "1", "2"], result["versions"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:echo:live", (string)result["alias"]!["AliasArn"]!);
        Assert.Equal(["1", "1"], result["via_alias"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("2", (string)result["moved"]!);
        Assert.StartsWith("PreconditionFailedException: The Revision Id provided does not match", (string)result["stale"]!);
        Assert.Equal("\"v2\"", result["via_arn"]!.ToJsonString());
        Assert.Equal(["live"], result["aliases"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("""{"env":"test"}""", result["tags"]!.ToJsonString());
        Assert.StartsWith("TooManyRequestsException", (string)result["throttled"]!);
        Assert.Equal(0, (int)result["concurrency"]!["ReservedConcurrentExecutions"]!);
        Assert.Equal(52_428_800, (long)result["settings"]!["AccountLimit"]!["CodeSizeZipped"]!);
        Assert.Equal(3, (int)result["settings"]!["AccountUsage"]!["FunctionCount"]!);
        Assert.Equal("echo", (string)result["signing"]!["FunctionName"]!);
        Assert.Empty(result["mappings"]!.AsArray());
        Assert.Equal(["$LATEST", "2"], result["versions_after"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:echo", (string)result["gone"]!);
    }

    [Fact]
    public void InvocationTypesAndFunctionErrorsAreAnsweredAsLambdaAnswersThem()
    {
        var result = Boto3Script.Run(_server, $$"""
            lam = lambda_client()
            lam.create_function(FunctionName="echo", Runtime="python3.12", Role="arn:aws:iam::123456789012:role/lambda",
                                Handler="app.handler", Code={"ZipFile": zipped({"app.py": {{Python(Handler)}}})})
            failed = lam.invoke(FunctionName="echo", Payload=b'{"fail": true}')
            event = lam.invoke(FunctionName="echo", InvocationType="Event", Payload=b'{}')
            dry = lam.invoke(FunctionName="echo", InvocationType="DryRun")
            bad_json = error(lambda: lam.invoke(FunctionName="echo", Payload=b'{not json'))
            missing = error(lambda: lam.invoke(FunctionName="nope", Payload=b'{}'))
            missing_version = error(lambda: lam.invoke(FunctionName="echo", Qualifier="7", Payload=b'{}'))
            print(json.dumps({"failed": [failed["StatusCode"], failed["FunctionError"], json.loads(failed["Payload"].read())],
                              "event": event["StatusCode"], "dry": dry["StatusCode"], "bad_json": bad_json, "missing": missing, "missing_version": missing_version}))
            """);

        var failed = result["failed"]!.AsArray();
        Assert.Equal(200, (int)failed[0]!);
        Assert.Equal("Unhandled", (string)failed[1]!);
        Assert.Equal("ValueError", (string)failed[2]!["errorType"]!);
        Assert.Equal("asked to fail", (string)failed[2]!["errorMessage"]!);
        Assert.Equal(202, (int)result["event"]!);
        Assert.Equal(204, (int)result["dry"]!);
        Assert.StartsWith("InvalidRequestContentException: Could not parse request body into json", (string)result["bad_json"]!);
        Assert.Equal("ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope:$LATEST", (string)result["missing"]!);
        Assert.Equal("ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:echo:7", (string)result["missing_version"]!);
    }

    [Fact]
    public void BadRequestsGetLambdasErrors()
    {
        var result = Boto3Script.Run(_server, """
            lam = lambda_client()
            role = "arn:aws:iam::123456789012:role/lambda"
            code = zipped({"app.py": "def handler(e, c):\n    return 1\n"})
            def create(**overrides):
                request = dict(FunctionName="f", Runtime="python3.12", Role=role, Handler="app.handler", Code={"ZipFile": code})
                request.update(overrides)
                return error(lambda: lam.create_function(**request))
            print(json.dumps({
                "ok": create(),
                "duplicate": create(),
                "runtime": create(FunctionName="g", Runtime="python9"),
                "retired": create(FunctionName="g", Runtime="python2.7"),
                "timeout": create(FunctionName="g", Timeout=901),
                "memory": create(FunctionName="g", MemorySize=127),
                "name": create(FunctionName="bad name"),
                "role": create(FunctionName="g", Role="not-a-role"),
                "zip": create(FunctionName="g", Code={"ZipFile": b"not a zip"}),
                "environment": create(FunctionName="g", Environment={"Variables": {"BIG": "x" * 5000}}),
                "reserved": create(FunctionName="g", Environment={"Variables": {"AWS_REGION": "eu-west-1"}}),
                "s3": create(FunctionName="g", Code={"S3Bucket": "b", "S3Key": "k"}),
                "image": create(FunctionName="g", PackageType="Image", Code={"ImageUri": "x"}),
                "alias_missing": error(lambda: lam.get_alias(FunctionName="f", Name="nope")),
                "alias_version": error(lambda: lam.create_alias(FunctionName="f", Name="live", FunctionVersion="3")),
                "tag_version": error(lambda: lam.tag_resource(Resource="arn:aws:lambda:us-east-1:123456789012:function:f:1", Tags={"a": "b"})),
            }))
            """);

        Assert.Equal("no error", (string)result["ok"]!);
        Assert.Equal("ResourceConflictException: Function already exist: f", (string)result["duplicate"]!);
        Assert.StartsWith("InvalidParameterValueException: Value python9 at 'runtime' failed to satisfy constraint", (string)result["runtime"]!);
        Assert.StartsWith("InvalidParameterValueException: The runtime parameter of python2.7 is no longer supported", (string)result["retired"]!);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value '901' at 'timeout'", (string)result["timeout"]!);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value '127' at 'memorySize'", (string)result["memory"]!);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value 'bad name' at 'functionName'", (string)result["name"]!);
        Assert.StartsWith("ValidationException: 1 validation error detected: Value 'not-a-role' at 'role'", (string)result["role"]!);
        Assert.Equal("InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again.", (string)result["zip"]!);
        Assert.StartsWith("InvalidParameterValueException: Lambda was unable to configure your environment variables because the environment variables you have provided exceeded the 4KB limit", (string)result["environment"]!);
        Assert.Contains("Reserved keys used in this request: AWS_REGION", (string)result["reserved"]!);
        Assert.StartsWith("InvalidParameterValueException: ", (string)result["s3"]!);
        Assert.StartsWith("InvalidParameterValueException: ", (string)result["image"]!);
        Assert.Equal("ResourceNotFoundException: Alias not found: arn:aws:lambda:us-east-1:123456789012:function:f:nope", (string)result["alias_missing"]!);
        Assert.Equal("ResourceNotFoundException: Function not found: arn:aws:lambda:us-east-1:123456789012:function:f:3", (string)result["alias_version"]!);
        Assert.StartsWith("InvalidParameterValueException: Tags on function aliases and versions are not supported", (string)result["tag_version"]!);
    }

    [Fact]
    public void TheAwsCliCreatesAFunctionFromAZipFileAndInvokesIt()
    {
        using var files = new TempFolder();
        var zip = Path.Combine(files.Dir, "function.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("index.mjs").Open());
            writer.Write("export const handler = async (event) => ({ reversed: event.text.split('').reverse().join('') });\n");
        }

        var aws = new AwsCli(_server.Endpoint, "lambda", files.Dir);
        var created = aws.Run("create-function", "--function-name", "reverse", "--runtime", "nodejs20.x", "--handler", "index.handler",
            "--role", "arn:aws:iam::123456789012:role/lambda", "--zip-file", "fileb://function.zip");
        Assert.Equal("Active", (string)created["State"]!);
        var invoked = aws.Run("invoke", "--function-name", "reverse", "--payload", """{"text": "hi mom"}""", Path.Combine(files.Dir, "out.json"));
        Assert.Equal(200, (int)invoked["StatusCode"]!);
        Assert.Equal("""{"reversed":"mom ih"}""", File.ReadAllText(Path.Combine(files.Dir, "out.json")));
        Assert.Equal("ResourceNotFoundException", aws.Fail("get-function-configuration", "--function-name", "missing"));
    }

    [Fact]
    public void FunctionsSurviveARestart()
    {
        Boto3Script.Run(_server, $$"""
            lam = lambda_client()
            lam.create_function(FunctionName="keep", Runtime="python3.12", Role="arn:aws:iam::123456789012:role/lambda",
                                Handler="app.handler", Code={"ZipFile": zipped({"app.py": {{Python(Handler)}}})}, Publish=True)
            lam.create_alias(FunctionName="keep", Name="prod", FunctionVersion="1")
            print("{}")
            """);
        _server.Dispose();
        using var restarted = ServeProcess.Start("--data", _data.Dir);
        var result = Boto3Script.Run(restarted, """
            lam = lambda_client()
            invoked = lam.invoke(FunctionName="keep", Qualifier="prod", Payload=b'{"a": 1}')
            print(json.dumps({"version": invoked["ExecutedVersion"], "payload": json.loads(invoked["Payload"].read())}))
            """);
        Assert.Equal("1", (string)result["version"]!);
        Assert.Equal("""{"a":1}""", result["payload"]!["echo"]!.ToJsonString());
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }

    /// <summary>A Python string literal of <paramref name="text"/>.</summary>
    private static string Python(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
