namespace Cairn.Integrations.Lambda;

/// <summary>
/// What Lambda task states invoke functions through: the built-in <see cref="LambdaService"/>, or
/// Lambda itself at its endpoint (<see cref="Aws.Tasks.AwsLambdaInvoker"/>).
/// </summary>
public interface ILambdaInvoker
{
    /// <summary>Invokes a function as Lambda's Invoke does.</summary>
    /// <exception cref="LambdaException">Lambda answered with an error, or (status 0) gave no answer.</exception>
    Task<InvokeResponse> InvokeAsync(InvokeRequest request, CancellationToken cancellationToken = default);
}
