using Cairn.Engine.Tasks;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// How Step Functions names the errors of service calls. The <c>aws-sdk</c> integrations report
/// the AWS SDK for Java 2.x's exception: <c>&lt;Service&gt;.&lt;Exception&gt;</c> with the service's
/// class name (<c>DynamoDb</c>, <c>SecretsManager</c>), the modelled error shape's name with
/// <c>Exception</c> appended when missing, or <c>&lt;Service&gt;Exception</c> for an error the model
/// does not list; the cause is <c>message (Service: S, Status Code: N, Request ID: R)</c>. The
/// optimized integrations report the AWS SDK for Java 1.x's: <c>SQS.QueueDoesNotExistException</c>,
/// <c>DynamoDB.AmazonDynamoDBException</c> for unlisted errors, with the cause
/// <c>message (Service: AmazonSQS; Status Code: N; Error Code: C; Request ID: R; Proxy: null)</c>.
/// A call that got no answer fails with <c>&lt;Service&gt;.SdkClientException</c>.
/// </summary>
public static class AwsTaskErrors
{
    public static TaskResult Sdk(ServiceModel model, AwsServiceException error)
    {
        var name = $"{model.ClassName}.{ExceptionName(error.Shape, model.ClassName + "Exception")}";
        var extended = error.ExtendedRequestId is { } id ? $", Extended Request ID: {id}" : string.Empty;
        return TaskResult.Failure(name, $"{error.Message} (Service: {model.ClassName}, Status Code: {error.Status}, Request ID: {error.RequestId}{extended})");
    }

    public static TaskResult Optimized(OptimizedService service, AwsServiceException error)
    {
        var name = $"{service.ErrorPrefix}.{ExceptionName(error.Shape, service.BaseException)}";
        var extended = error.ExtendedRequestId is { } id ? $"; S3 Extended Request ID: {id}" : string.Empty;
        return TaskResult.Failure(name, $"{error.Message} (Service: {service.SdkServiceName}; Status Code: {error.Status}; Error Code: {error.Code}; Request ID: {error.RequestId}{extended}; Proxy: null)");
    }

    /// <summary>A call that got no (readable) answer, or could not be signed.</summary>
    public static TaskResult Client(string prefix, string message) => TaskResult.Failure($"{prefix}.SdkClientException", message);

    private static string ExceptionName(Shape? shape, string unmodelled) =>
        shape is null ? unmodelled : shape.Name.EndsWith("Exception", StringComparison.Ordinal) ? shape.Name : shape.Name + "Exception";
}
