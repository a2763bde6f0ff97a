using Cairn.Asl.Model;
using Cairn.Asl.Parsing;
using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Engine.Hosting;

/// <summary>Validates a definition the way AWS does, then compiles it once into a runnable machine.</summary>
public static class StateMachineCompiler
{
    /// <summary>Returns the machine, or null with the diagnostics that prevent running it.</summary>
    public static StateMachine? TryCompile(string definitionText, ValidationOptions options, out IReadOnlyList<Diagnostic> diagnostics)
    {
        diagnostics = DefinitionValidator.Validate(definitionText, options);
        if (!DefinitionValidator.IsValid(diagnostics))
        {
            return null;
        }

        try
        {
            return DefinitionParser.Parse((JObject)JValue.Parse(definitionText));
        }
        catch (DefinitionException e)
        {
            diagnostics = diagnostics.Concat(e.Diagnostics).ToArray();
            return null;
        }
    }
}
