namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// A service with optimized integrations (<c>arn:aws:states:::SERVICE:action</c>): its model, how
/// the AWS SDK for Java 1.x names it in errors, the actions and patterns are in <see cref="Cairn.Asl.Validation.OptimizedIntegrationPatterns"/>.
/// </summary>
/// <param name="Resource">The service in the resource ARN (<c>sqs</c>, <c>elasticmapreduce</c>).</param>
/// <param name="Model">The service model's name.</param>
/// <param name="ErrorPrefix">The prefix of error names (<c>SQS</c>, <c>DynamoDB</c>, <c>StepFunctions</c>).</param>
/// <param name="SdkServiceName">The service in causes (<c>AmazonSQS</c>, <c>AmazonDynamoDBv2</c>).</param>
/// <param name="BaseException">The exception of errors the model does not list (<c>AmazonSQSException</c>).</param>
public sealed record OptimizedService(
    string Resource,
    string Model,
    string ErrorPrefix,
    string SdkServiceName,
    string BaseException)
{
    /// <summary>Another model holding some of the actions (Bedrock's model customization jobs are not in bedrock-runtime).</summary>
    public string? OtherModel { get; init; }
}
