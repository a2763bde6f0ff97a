using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Integrations.Lambda;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// Lambda task states calling Lambda at its endpoint (AWS's, or one configured with
/// <c>LAMBDA_ENDPOINT</c>, <c>AWS_ENDPOINT_URL_LAMBDA</c> or <c>--endpoint lambda=URL</c>) with
/// <see cref="AwsClient"/>: Invoke's status, payload and headers as Lambda answered them.
/// </summary>
public sealed class AwsLambdaInvoker(AwsClient client) : ILambdaInvoker
{
    public async Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default)
    {
        var model = client.Models.Find("lambda") ?? throw LambdaException.NoAnswer("Lambda's service model is not available.");
        var operation = model.FindOperation("Invoke") ?? throw LambdaException.NoAnswer("Lambda's service model has no Invoke operation.");
        var input = new JObjectBuilder(6)
            .Set("FunctionName", new JString(request.FunctionName))
            .Set("InvocationType", new JString(request.InvocationType))
            .Set("LogType", new JString(request.LogType))
            .Set("Payload", new JString(Convert.ToBase64String(request.Payload.Length == 0 ? "{}"u8 : request.Payload.Span)));
        if (request.Qualifier is { } qualifier)
        {
            input.Set("Qualifier", new JString(qualifier));
        }

        if (request.ClientContext is { } context)
        {
            input.Set("ClientContext", new JString(context));
        }

        try
        {
            var result = await client.CallAsync(model, operation, input.Build(), OutputStyle.Sdk, null, cancellationToken).ConfigureAwait(false);
            var response = result.Response;
            return new InvokeResponse(
                response.Status,
                response.Body,
                response.Header("X-Amz-Function-Error"),
                response.Header("X-Amz-Executed-Version"),
                response.Header("X-Amz-Log-Result"),
                response.RequestId ?? Guid.NewGuid().ToString());
        }
        catch (AwsServiceException e)
        {
            throw new LambdaException(e.Code, e.Message, e.Status);
        }
        catch (Exception e) when (e is AwsClientException or AwsCredentialsException or AwsParameterException)
        {
            throw LambdaException.NoAnswer(e.Message);
        }
    }
}
