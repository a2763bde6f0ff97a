using Cairn.Asl.Validation;
using Cairn.Json;

namespace Cairn.Cli;

/// <summary><c>cairn validate</c>: the diagnostics ValidateStateMachineDefinition would return.</summary>
internal static class ValidateCommand
{
    public static readonly string[] Options = { "type", "json!", "substitutions" };

    public static int Execute(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        var path = line.Single("DEFINITION (a state machine definition file)");
        var options = (line.Value("type") ?? "STANDARD").ToUpperInvariant() switch
        {
            "STANDARD" => ValidationOptions.Standard,
            "EXPRESS" => ValidationOptions.Express,
            var other => throw new UsageException($"--type must be STANDARD or EXPRESS, not '{other}'"),
        };
        var diagnostics = DefinitionValidator.Validate(DefinitionFiles.Read(path, line), options);
        var valid = DefinitionValidator.IsValid(diagnostics);
        if (line.Flag("json"))
        {
            var list = diagnostics.Select(d =>
            {
                var b = new JObjectBuilder();
                b.Set("severity", d.Severity == DiagnosticSeverity.Error ? "ERROR" : "WARNING");
                b.Set("code", d.Code);
                b.Set("message", d.Message);
                if (d.Location is not null)
                {
                    b.Set("location", d.Location);
                }

                return (JValue)b.Build();
            });
            stdout.WriteLine(JObject.Create(("result", valid ? "OK" : "FAIL"), ("diagnostics", JArray.Create(list)), ("truncated", JBool.False)).ToIndentedJson());
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                stdout.WriteLine(DefinitionLoader.Format(path, diagnostic));
            }

            if (valid)
            {
                stdout.WriteLine($"{path}: OK");
            }
        }

        return valid ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
