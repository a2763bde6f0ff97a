using System.Text;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Tests.Lambda;

/// <summary>
/// Spare sandboxes: a cold start of a Python or Node.js function takes a runtime already started and
/// hands it the function; the function sees exactly the environment and working folder a sandbox
/// started for it has, its init errors are reported as before, and what cannot start like a spare
/// (variables read at start) starts from scratch.
/// </summary>
public sealed class SpareSandboxTests : IAsyncLifetime
{
    private const string PythonReport =
        "import os, sys\ndef handler(event, context):\n" +
        "    return {'pid': os.getpid(), 'cwd': os.getcwd(), 'root': os.environ['LAMBDA_TASK_ROOT'], 'handler': os.environ['_HANDLER'],\n" +
        "            'name': os.environ['AWS_LAMBDA_FUNCTION_NAME'], 'mine': os.environ.get('MINE'), 'spare': os.environ.get('CAIRN_SANDBOX_SPARE'),\n" +
        "            'path0': sys.path[0], 'keys': sorted(os.environ.keys())}\n";

    private const string NodeReport =
        "exports.handler = async () => ({ pid: process.pid, cwd: process.cwd(), root: process.env.LAMBDA_TASK_ROOT, handler: process.env._HANDLER,\n" +
        "  name: process.env.AWS_LAMBDA_FUNCTION_NAME, spare: process.env.CAIRN_SANDBOX_SPARE ?? null, keys: Object.keys(process.env).sort() });\n";

    private readonly LambdaFixture _lambda = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    private async Task<JObject> InvokeReport(string name)
    {
        var response = await _lambda.Invoke(name);
        Assert.Null(response.FunctionError);
        return (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
    }

    private async Task<int> SpareReady()
    {
        await LambdaFixture.Eventually(() => _lambda.Service.SpareProcessIds.Count == 1, "a spare sandbox is ready");
        return _lambda.Service.SpareProcessIds[0];
    }

    private static int Pid(JObject report) => (int)((JNumber)report["pid"]!).IntegerValue;

    private static string Text(JObject report, string key) => report[key] is JString s ? s.Value : report[key]!.ToJson();

    [Fact]
    public async Task A_Python_cold_start_takes_the_spare_and_sees_only_its_own_environment()
    {
        _lambda.Python("first", PythonReport, environment: new Dictionary<string, string> { ["MINE"] = "first" });
        var first = await InvokeReport("first");
        var spare = await SpareReady();

        _lambda.Python("second", PythonReport, environment: new Dictionary<string, string> { ["MINE"] = "second" });
        var second = await InvokeReport("second");

        Assert.Equal(spare, Pid(second));
        Assert.NotEqual(Pid(first), Pid(second));
        Assert.Equal("second", Text(second, "mine"));
        Assert.Equal("second", Text(second, "name"));
        Assert.Equal("handler.handler", Text(second, "handler"));
        Assert.Equal(Text(second, "root"), Text(second, "cwd"));
        Assert.Equal(Text(second, "root"), Text(second, "path0"));
        Assert.Equal("null", Text(second, "spare"));

        // The same variables as a sandbox started for its function (the first one was: no spare was ready yet).
        Assert.Equal(Text(first, "keys"), Text(second, "keys"));

        // Taking the spare started the next one.
        var next = await SpareReady();
        Assert.NotEqual(spare, next);
    }

    [Fact]
    public async Task A_Node_cold_start_takes_the_spare_and_sees_only_its_own_environment()
    {
        _lambda.Node("first", "index.js", NodeReport);
        var first = await InvokeReport("first");
        var spare = await SpareReady();

        _lambda.Node("second", "index.js", NodeReport);
        var second = await InvokeReport("second");

        Assert.Equal(spare, Pid(second));
        Assert.Equal("second", Text(second, "name"));
        Assert.Equal("index.handler", Text(second, "handler"));
        Assert.Equal(Text(second, "root"), Text(second, "cwd"));
        Assert.Equal("null", Text(second, "spare"));
        Assert.Equal(Text(first, "keys"), Text(second, "keys"));
    }

    [Fact]
    public async Task A_syntax_error_in_a_handler_given_to_a_spare_is_reported_as_an_init_error()
    {
        _lambda.Python("warm", PythonReport);
        await InvokeReport("warm");
        var spare = await SpareReady();

        _lambda.Python("broken", "def handler(event, context)\n    return 1\n");
        var response = await _lambda.Invoke("broken");

        Assert.Equal("Unhandled", response.FunctionError);
        var error = (JObject)JValue.Parse(Encoding.UTF8.GetString(response.Payload));
        Assert.Equal("Runtime.UserCodeSyntaxError", ((JString)error["errorType"]!).Value);
        Assert.DoesNotContain(spare, _lambda.Service.SpareProcessIds);
    }

    [Theory]
    [InlineData("PYTHONPATH")]
    [InlineData("LC_ALL")]
    [InlineData("TZ")]
    public async Task A_function_setting_a_variable_read_at_start_starts_its_own_process(string variable)
    {
        _lambda.Python("warm", PythonReport);
        await InvokeReport("warm");
        var spare = await SpareReady();

        _lambda.Python("own", PythonReport, environment: new Dictionary<string, string> { [variable] = "C" });
        var own = await InvokeReport("own");

        Assert.NotEqual(spare, Pid(own));
        Assert.Equal([spare], _lambda.Service.SpareProcessIds);
    }

    [Fact]
    public async Task Spares_stop_with_the_service()
    {
        _lambda.Python("warm", PythonReport);
        await InvokeReport("warm");
        var spare = await SpareReady();

        await _lambda.Service.DisposeAsync();

        await LambdaFixture.Eventually(() => !LambdaFixture.IsRunning(spare), "the spare stops");
    }
}

/// <summary>With <see cref="LambdaOptions.SpareSandboxes"/> off, every sandbox starts its own runtime.</summary>
public sealed class SpareSandboxesOffTests : IAsyncLifetime
{
    private readonly LambdaFixture _lambda = new(options => options with { SpareSandboxes = false });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _lambda.DisposeAsync();

    [Fact]
    public async Task No_spare_is_started()
    {
        _lambda.Python("one", "def handler(event, context):\n    return 1\n");
        Assert.Null((await _lambda.Invoke("one")).FunctionError);
        _lambda.Python("two", "def handler(event, context):\n    return 2\n");
        Assert.Null((await _lambda.Invoke("two")).FunctionError);
        Assert.Empty(_lambda.Service.SpareProcessIds);
    }
}
