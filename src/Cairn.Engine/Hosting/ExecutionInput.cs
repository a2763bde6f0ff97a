using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>Reads an execution's input text as StartExecution does, with AWS's InvalidExecutionInput messages.</summary>
public static class ExecutionInput
{
    /// <summary>Returns the parsed input, or null and the message of the InvalidExecutionInput error.</summary>
    public static JValue? TryParse(string? text, out string? error)
    {
        error = null;
        if (text is null)
        {
            return JObject.Empty;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "Invalid State Machine Execution Input: 'Invalid execution input.'";
            return null;
        }

        try
        {
            return JValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            error = $"Invalid State Machine Execution Input: '{JsonSyntaxDiagnostic.Reason(text, e)}'";
            return null;
        }
    }
}
