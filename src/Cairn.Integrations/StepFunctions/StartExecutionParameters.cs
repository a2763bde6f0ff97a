using Cairn.Engine.Hosting;
using Cairn.Json;

namespace Cairn.Integrations.StepFunctions;

/// <summary>
/// The parameters of StartExecution as a Task state passes them: <c>StateMachineArn</c> (required),
/// <c>Name</c> and <c>Input</c>. The optimized integration takes Input as JSON (absent or null:
/// <c>{}</c>) or as JSON text; the SDK integration takes JSON text.
/// </summary>
internal sealed record StartExecutionParameters(string StateMachineArn, string? Name, JValue Input, string InputText)
{
    /// <summary>Reads the parameters; on failure <paramref name="error"/> holds the API error (code, message) StartExecution would answer.</summary>
    public static StartExecutionParameters? TryRead(JValue parameters, out (string Code, string Message) error)
    {
        error = default;
        var members = parameters as JObject ?? JObject.Empty;
        if (members["StateMachineArn"] is not JString { Value: var machineArn })
        {
            error = ("ValidationException", "1 validation error detected: Value null at 'stateMachineArn' failed to satisfy constraint: Member must not be null");
            return null;
        }

        if (machineArn.Length is 0 or > 256)
        {
            error = ("ValidationException", $"1 validation error detected: Value '{machineArn}' at 'stateMachineArn' failed to satisfy constraint: Member must have length less than or equal to 256");
            return null;
        }

        string? name = null;
        switch (members["Name"])
        {
            case null or JNull:
                break;
            case JString { Value: var text }:
                name = text;
                break;
            default:
                error = ("ValidationException", "Name must be a string");
                return null;
        }

        string inputText;
        switch (members["Input"])
        {
            case null or JNull:
                inputText = "{}";
                break;
            case JString { Value: var text }:
                inputText = text;
                break;
            case var json:
                inputText = json.ToJson();
                break;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(inputText) > Asl.ServiceLimits.MaxPayloadBytes)
        {
            error = ("ValidationException", $"1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to {Asl.ServiceLimits.MaxPayloadBytes}");
            return null;
        }

        var input = ExecutionInput.TryParse(inputText, out var inputError);
        if (input is null)
        {
            error = ("InvalidExecutionInput", inputError!);
            return null;
        }

        return new StartExecutionParameters(machineArn, name, input, inputText);
    }
}
