namespace Cairn.Server.Protocol;

/// <summary>One AWS Step Functions API action (the part after <c>AWSStepFunctions.</c> in X-Amz-Target).</summary>
public interface IApiAction
{
    string Name { get; }

    Task<ApiResponse> HandleAsync(ApiRequest request, CancellationToken cancellationToken);
}
