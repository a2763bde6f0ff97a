using Cairn.Asl;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// Task states that call AWS services with <see cref="AwsClient"/>: the <c>aws-sdk</c>
/// integrations of every service with a model (the API's output as it is) and AWS's optimized
/// integrations (the output with the SDK's HTTP metadata, AWS's request rules, <c>.sync</c> jobs
/// waited for), each also as <c>.waitForTaskToken</c> where AWS offers it.
/// </summary>
public sealed partial class AwsTaskHandler(AwsClient client, TimeProvider? time = null) : ITaskHandler
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>How often a <c>.sync</c> task describes its job (default 5 seconds).</summary>
    public TimeSpan SyncPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    public AwsClient Client => client;

    /// <summary>Whether a resource is a service call this handler answers (Lambda and Step Functions' own are answered elsewhere).</summary>
    public static bool Handles(string resource) =>
        ServiceTaskResource.Parse(resource) is { } parsed && (parsed.IsSdk ? parsed.Service != "sfn" || parsed.Action != "startExecution" : OptimizedIntegrations.Find(parsed.Service) is not null);

    public async ValueTask<TaskResult> InvokeAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        if (ServiceTaskResource.Parse(request.Resource) is not { } resource)
        {
            return NotRecognized(request.Resource);
        }

        return resource.IsSdk
            ? await InvokeSdkAsync(request, resource, cancellationToken).ConfigureAwait(false)
            : await InvokeOptimizedAsync(request, resource, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TaskResult> InvokeSdkAsync(TaskRequest request, ServiceTaskResource resource, CancellationToken cancellationToken)
    {
        if (resource.Pattern.Length > 0 && !resource.IsCallback)
        {
            return NotRecognized(request.Resource);
        }

        ServiceModel? model;
        try
        {
            model = client.Models.Find(resource.Service);
        }
        catch (InvalidDataException e)
        {
            return TaskResult.Failure(StatesErrors.Runtime, $"The service model of '{resource.Service}' cannot be read: {e.Message}");
        }

        if (model?.FindOperation(resource.Action) is not { } operation)
        {
            return NotRecognized(request.Resource);
        }

        if (resource.IsCallback && request.Context?.Submitted is { } submitted)
        {
            return TaskResult.Submission(submitted);
        }

        JObject input;
        try
        {
            input = SdkParameters.ToInput(request.Parameters, operation.Input, operation.Name);
        }
        catch (AwsParameterException e)
        {
            return TaskResult.Failure(StatesErrors.Runtime, e.Message);
        }

        var (result, failure) = await CallAsync(model, operation, input, OutputStyle.Sdk, null, e => AwsTaskErrors.Sdk(model, e), model.ClassName, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return failure!;
        }

        var output = SdkOutput(operation, result.Output);
        return resource.IsCallback ? TaskResult.Submission(output) : TaskResult.Success(output);
    }

    /// <summary>Calls an operation; a call that fails gives the task's failure instead: the service's error as <paramref name="serviceError"/> names it, a refused parameter (States.Runtime), or no answer (<c>PREFIX.SdkClientException</c>).</summary>
    private async Task<(AwsCallResult? Result, TaskResult? Failure)> CallAsync(
        ServiceModel model, Operation operation, JObject input, OutputStyle style, Uri? endpoint, Func<AwsServiceException, TaskResult> serviceError, string clientPrefix, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.CallAsync(model, operation, input, style, endpoint, cancellationToken).ConfigureAwait(false), null);
        }
        catch (AwsServiceException e)
        {
            return (null, serviceError(e));
        }
        catch (AwsParameterException e)
        {
            return (null, TaskResult.Failure(StatesErrors.Runtime, e.Message));
        }
        catch (Exception e) when (e is AwsClientException or AwsCredentialsException)
        {
            return (null, AwsTaskErrors.Client(clientPrefix, e.Message));
        }
    }

    /// <summary>The <c>aws-sdk</c> output: a streamed or payload blob (S3's object body, Lambda's payload) as text.</summary>
    private static JObject SdkOutput(Operation operation, JObject output)
    {
        if (operation.Output?.Payload is not { } payload || operation.Output.FindMember(payload) is not { Shape.Type: "blob" } member)
        {
            return output;
        }

        var name = JsonShapes.OutputName(member.Name, OutputStyle.Sdk);
        if (output[name] is not JString base64)
        {
            return output;
        }

        var builder = new JObjectBuilder(output.Count);
        foreach (var (key, value) in output)
        {
            if (key != name)
            {
                builder.Set(key, value);
            }
        }

        builder.Set(name, new JString(System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(base64.Value))));
        return builder.Build();
    }

    private static TaskResult NotRecognized(string resource) =>
        TaskResult.Failure(StatesErrors.Runtime, $"The resource provided {resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.");
}
