using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>
/// Bad functions deployed with the Lambda API and called by executions through <c>cairn serve</c>:
/// an invalid zip is refused as Lambda refuses it, and every execution that calls a function that
/// cannot load (syntax error, missing handler), cannot run (a runtime not installed), exits,
/// segfaults or never answers ends, failed with the error Step Functions names; one that prints
/// 100 MB succeeds; 1,000 executions started at once all succeed; and the server's memory stays
/// bounded throughout.
/// </summary>
public sealed class BadFunctionExecutionTests
{
    [Fact]
    public void EveryExecutionEndsWithAwsErrorAndTheServerStaysBounded()
    {
        using var server = ServeProcess.Start("--in-memory");
        var result = Boto3Script.Run(server, """
            lam = lambda_client()
            answers = {}
            answers["invalid-zip"] = error(lambda: lam.create_function(FunctionName="invalid", Runtime="python3.11", Role=role,
                                                                        Handler="handler.handler", Code={"ZipFile": b"not a zip"}))
            functions = {
                "exits": ("python3.11", "handler.handler", "import os\ndef handler(event, context):\n    os._exit(7)\n", 30),
                "segfaults": ("python3.11", "handler.handler", "import ctypes\ndef handler(event, context):\n    ctypes.string_at(0)\n", 30),
                "never-answers": ("python3.11", "handler.handler", "import time\ndef handler(event, context):\n    time.sleep(600)\n", 2),
                "syntax-error": ("python3.11", "handler.handler", "def handler(event, context)\n    return 1\n", 30),
                "missing-handler": ("python3.11", "handler.nope", "def handler(event, context):\n    return 1\n", 30),
                "not-installed": ("ruby3.3", "handler.handler", "def handler(event:, context:) = 1\n", 30),
                "prints-100-mb": ("python3.11", "handler.handler",
                                  "import sys\ndef handler(event, context):\n    chunk = 'x' * 1048575 + '\\n'\n    for _ in range(100):\n        sys.stdout.write(chunk)\n    return 'done'\n", 120),
                "double": ("python3.11", "handler.handler", "def handler(event, context):\n    return event['i'] * 2\n", 30),
            }
            for name, (runtime, handler, source, timeout) in functions.items():
                file = "handler.rb" if runtime.startswith("ruby") else "handler.py"
                lam.create_function(FunctionName=name, Runtime=runtime, Role=role, Handler=handler, Timeout=timeout, Code={"ZipFile": zipped({file: source})})
            arn = create("calls", {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                         "Parameters": {"FunctionName.$": "$.f", "Payload.$": "$"}, "OutputPath": "$.Payload", "End": True}}})
            runs = {}
            for name in functions:
                if name == "double":
                    continue
                execution = sfn.start_execution(stateMachineArn=arn, input=json.dumps({"f": name}))["executionArn"]
                described = finished(execution, 240)
                runs[name] = {"status": described["status"], "error": described.get("error"), "cause": described.get("cause"), "output": described.get("output")}
            started = [sfn.start_execution(stateMachineArn=arn, input=json.dumps({"f": "double", "i": i}))["executionArn"] for i in range(1000)]
            outputs = [json.loads(finished(e, 600).get("output") or "null") for e in started]
            answers["runs"] = runs
            answers["thousand"] = sum(1 for i, o in enumerate(outputs) if o == i * 2)
            print(json.dumps(answers))
            """);

        Assert.Equal("InvalidParameterValueException: Could not unzip uploaded file. Please check your file, then try to upload again.", (string)result["invalid-zip"]!);
        var runs = result["runs"]!;
        foreach (var (name, reason) in new[] { ("exits", "Runtime exited with error: exit status 7"), ("segfaults", "Runtime exited with error: signal: segmentation fault") })
        {
            Assert.Equal("FAILED", (string)runs[name]!["status"]!);
            Assert.Equal("Lambda.Unknown", (string)runs[name]!["error"]!);
            Assert.Contains(reason, (string)runs[name]!["cause"]!, StringComparison.Ordinal);
        }

        Assert.Equal("Lambda.Unknown", (string)runs["never-answers"]!["error"]!);
        Assert.Contains("Task timed out after 2.00 seconds", (string)runs["never-answers"]!["cause"]!, StringComparison.Ordinal);
        Assert.Equal("Runtime.UserCodeSyntaxError", (string)runs["syntax-error"]!["error"]!);
        Assert.Equal("Runtime.HandlerNotFound", (string)runs["missing-handler"]!["error"]!);
        Assert.Equal("Lambda.Unknown", (string)runs["not-installed"]!["error"]!);
        Assert.Contains("ruby3.3", (string)runs["not-installed"]!["cause"]!, StringComparison.Ordinal);
        Assert.Equal("SUCCEEDED", (string)runs["prints-100-mb"]!["status"]!);
        Assert.Equal("\"done\"", (string)runs["prints-100-mb"]!["output"]!);
        Assert.Equal(1000, (int)result["thousand"]!);

        var resident = ResidentMegabytes(server.ProcessId);
        Assert.True(resident < 600, $"The server holds {resident} MB after the bad functions and 1,000 executions.");
    }

    private static long ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
