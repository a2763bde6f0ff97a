using System.Text;
using Cairn.Asl.Validation;
using Cairn.Engine.Execution;
using Cairn.Engine.Hosting;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Integrations.Tests.Aws.Moto;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Aws.S3;

/// <summary>A bucket of its own in moto's S3 and Distributed Maps run in process against it.</summary>
public sealed class S3MapRuns
{
    public static readonly AwsClient Client = MotoClients.Client();

    public S3MapRuns(string prefix)
    {
        Bucket = MotoServer.UniqueName(prefix);
        Client.CallAsync("s3", "CreateBucket", $$"""{"Bucket":"{{Bucket}}"}""").GetAwaiter().GetResult();
    }

    public string Bucket { get; }

    public static async Task<Interpreter> RunAsync(string definition, string input = "{}")
    {
        var machine = StateMachineCompiler.TryCompile(definition, ValidationOptions.Standard, out var diagnostics)
            ?? throw new InvalidOperationException(string.Join("; ", diagnostics));
        var tasks = new TaskRouter(NoTaskHandler.Instance, aws: new AwsTaskHandler(Client));
        return await LocalExecution.RunAsync(machine, JValue.Parse(input), tasks, new LocalExecutionOptions { TimeScale = 0 });
    }

    public static JArray Succeeded(Interpreter execution) =>
        execution.Status == ExecutionStatus.SUCCEEDED && execution.Output is JArray output
            ? output
            : throw new Xunit.Sdk.XunitException($"expected success with an array, got {execution.Status} {execution.Error} {execution.Cause} {execution.Output?.ToJson()}");

    public Task PutAsync(string key, string body) => PutAsync(key, Encoding.UTF8.GetBytes(body));

    public Task PutAsync(string key, byte[] body) =>
        Client.CallAsync("s3", "PutObject", JObject.Create(("Bucket", new JString(Bucket)), ("Key", new JString(key)), ("Body", new JString(Convert.ToBase64String(body)))).ToJson());

    public async Task<string> GetAsync(string key)
    {
        var model = Client.Models.Find("s3")!;
        var operation = model.FindOperation("GetObject")!;
        var result = await Client.CallAsync(model, operation, JObject.Create(("Bucket", new JString(Bucket)), ("Key", new JString(key))), Cairn.Integrations.Aws.Protocols.OutputStyle.Sdk, null, CancellationToken.None);
        return Encoding.UTF8.GetString(result.Response.Body);
    }

    /// <summary>A Distributed Map over one object of this bucket, each item passed through by an EXPRESS child.</summary>
    public string Map(string readerConfig, string key, string processor = "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true} }") => $$"""
        {"StartAt":"Map","States":{"Map":{"Type":"Map","End":true,"MaxConcurrency":100,
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","ReaderConfig":{{readerConfig}},"Parameters":{"Bucket":"{{Bucket}}","Key":"{{key}}"} },
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},{{processor}} } } } }
        """;

    /// <summary>Runs a Map that must fail its Map Run with States.ItemReaderFailed; returns the cause.</summary>
    public static async Task<string> ItemReaderFailureAsync(string definition)
    {
        var execution = await RunAsync(definition);
        Assert.True(execution.Status == ExecutionStatus.FAILED, $"expected failure, got {execution.Status} {execution.Output?.ToJson()}");
        Assert.Equal("States.ItemReaderFailed", execution.Error);
        Assert.Contains(execution.History, e => e.Type == Cairn.Engine.History.HistoryEventType.MapRunFailed);
        return execution.Cause ?? string.Empty;
    }
}
