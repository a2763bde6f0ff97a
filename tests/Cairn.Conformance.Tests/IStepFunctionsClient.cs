using System.Text.Json.Nodes;

namespace Cairn.Conformance.Tests;

/// <summary>
/// The implementation under test as the conformance replay sees it: one call per Step Functions API
/// operation, parameters and response shaped like the AWS JSON 1.0 protocol body (timestamps as
/// epoch-second numbers). API errors are reported by throwing <see cref="StepFunctionsApiException"/>.
/// </summary>
public interface IStepFunctionsClient
{
    /// <param name="operation">API operation name, e.g. "CreateStateMachine".</param>
    /// <param name="parameters">Request body exactly as recorded (after ARN substitution).</param>
    JsonObject Call(string operation, JsonObject parameters);
}
