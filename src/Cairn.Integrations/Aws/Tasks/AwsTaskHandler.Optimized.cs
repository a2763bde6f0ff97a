using Cairn.Asl;
using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>The optimized integrations: request rules, outputs with HTTP metadata, callbacks and <c>.sync</c> jobs.</summary>
public sealed partial class AwsTaskHandler
{
    private async Task<TaskResult> InvokeOptimizedAsync(TaskRequest request, ServiceTaskResource resource, CancellationToken cancellationToken)
    {
        if (OptimizedIntegrations.Find(resource.Service) is not { } service ||
            !Cairn.Asl.Validation.OptimizedIntegrationPatterns.Allows(resource.Service, resource.Action, resource.Pattern))
        {
            return NotRecognized(request.Resource);
        }

        ServiceModel model;
        Operation? operation;
        try
        {
            model = client.Models.Find(service.Model) ?? throw new InvalidDataException($"no model of {service.Model}");
            operation = model.FindOperation(resource.Action);
            if (operation is null && service.OtherModel is { } other && client.Models.Find(other) is { } otherModel)
            {
                (model, operation) = (otherModel, otherModel.FindOperation(resource.Action));
            }
        }
        catch (InvalidDataException e)
        {
            return TaskResult.Failure(StatesErrors.Runtime, $"The service model of '{service.Model}' cannot be read: {e.Message}");
        }

        if (operation is null)
        {
            return TaskResult.Failure(StatesErrors.Runtime, $"Cairn does not run {request.Resource}: it is not an API of the {model.ServiceId} service model.");
        }

        var submitted = request.Context?.Submitted as JObject;
        if (resource.IsCallback && submitted is not null)
        {
            return TaskResult.Submission(submitted);
        }

        if (resource.IsSync && submitted is not null)
        {
            return await AwaitJobAsync(request, resource, service, model, submitted, cancellationToken).ConfigureAwait(false);
        }

        JObject input;
        try
        {
            input = SdkParameters.ToInput(OptimizedRequests.Prepare(resource, request.Parameters, request.ExecutionArn), operation.Input, operation.Name);
        }
        catch (AwsParameterException e)
        {
            return TaskResult.Failure(StatesErrors.Runtime, e.Message);
        }

        var (result, failure) = await CallAsync(
            model, operation, input, OutputStyle.Optimized, OptimizedRequests.Endpoint(client, model, input), e => AwsTaskErrors.Optimized(service, e), service.ErrorPrefix, cancellationToken).ConfigureAwait(false);
        if (result is null)
        {
            return failure!;
        }

        var output = SdkHttpMetadata.Append(result.Output, result.Response);
        if (resource.Service == "events" && result.Output["FailedEntryCount"] is JNumber { IntegerValue: > 0 })
        {
            return TaskResult.Failure("EventBridge.FailedEntry", result.Output.ToJson());
        }

        if (resource.IsCallback)
        {
            return TaskResult.Submission(output);
        }

        if (!resource.IsSync)
        {
            return TaskResult.Success(output);
        }

        if (request.Context is { } context)
        {
            await context.SubmitAsync(output).ConfigureAwait(false);
        }

        return await AwaitJobAsync(request, resource, service, model, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Describes the job a <c>.sync</c> task started until it ends.</summary>
    private async Task<TaskResult> AwaitJobAsync(TaskRequest request, ServiceTaskResource resource, OptimizedService service, ServiceModel model, JObject started, CancellationToken cancellationToken)
    {
        if (!JobPoll.ByResource.TryGetValue($"{resource.Service}:{resource.Action}", out var poll))
        {
            return TaskResult.Failure(StatesErrors.Runtime, $"Cairn does not wait for the jobs of {request.Resource} yet; use the request-response or .waitForTaskToken pattern.");
        }

        var parameters = request.Parameters as JObject ?? JObject.Empty;
        if (poll.Input(parameters, started) is not { } describeParameters)
        {
            return TaskResult.Failure(StatesErrors.TaskFailed, $"The answer of {resource.Action} does not name the job to wait for: {started.ToJson()}");
        }

        var describe = model.FindOperation(poll.Operation)!;
        var input = SdkParameters.ToInput(describeParameters, describe.Input, describe.Name);
        while (true)
        {
            JObject described;
            try
            {
                described = (await client.CallAsync(model, describe, input, OutputStyle.Optimized, null, cancellationToken).ConfigureAwait(false)).Output;
            }
            catch (AwsServiceException e)
            {
                return AwsTaskErrors.Optimized(service, e);
            }
            catch (AwsParameterException e)
        {
            return TaskResult.Failure(StatesErrors.Runtime, e.Message);
        }
        catch (Exception e) when (e is AwsClientException or AwsCredentialsException)
            {
                return AwsTaskErrors.Client(service.ErrorPrefix, e.Message);
            }

            if (poll.Job(described) is not { } job)
            {
                // The service does not know the job (ECS answers a MISSING failure).
                return TaskResult.Failure(StatesErrors.TaskFailed, described.ToJson());
            }

            if (poll.Status(job) is { } status)
            {
                var result = poll.WholeOutput ? described : job;
                if (poll.Succeeded.Contains(status))
                {
                    return poll.Healthy is null || poll.Healthy(job) ? TaskResult.Success(result) : TaskResult.Failure(StatesErrors.TaskFailed, result.ToJson());
                }

                if (poll.Failed.Contains(status))
                {
                    return TaskResult.Failure(StatesErrors.TaskFailed, result.ToJson());
                }
            }

            await Task.Delay(SyncPollInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
