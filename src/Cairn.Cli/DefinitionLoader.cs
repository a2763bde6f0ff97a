using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Hosting;

namespace Cairn.Cli;

/// <summary>Reads, validates and compiles a definition file, printing its diagnostics.</summary>
internal static class DefinitionLoader
{
    public static StateMachine? Load(string path, ValidationOptions options, TextWriter stderr)
    {
        var text = InputFiles.ReadText(path, "definition");
        var machine = StateMachineCompiler.TryCompile(text, options, out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(Format(path, diagnostic));
        }

        return machine;
    }

    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}: {(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {diagnostic.Code} at {diagnostic.Location ?? "/"}: {diagnostic.Message}";
}
