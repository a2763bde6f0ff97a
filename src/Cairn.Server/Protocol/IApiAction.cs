namespace Cairn.Server.Protocol;

/// <summary>One API action: <see cref="TargetPrefix"/> + <see cref="Name"/> is its X-Amz-Target (Step Functions' actions, and the few other AWS APIs served beside them).</summary>
public interface IApiAction
{
    string Name { get; }

    /// <summary>The service part of X-Amz-Target: <c>AWSStepFunctions.</c> unless the action belongs to another service's API.</summary>
    string TargetPrefix => "AWSStepFunctions.";

    /// <summary>The AWS JSON protocol version of the action's service (its answers' content type <c>application/x-amz-json-VERSION</c>).</summary>
    string JsonVersion => "1.0";

    Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken);
}
