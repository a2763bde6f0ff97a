using Cairn.Asl.Model;
using Cairn.Asl.Validation;
using Cairn.Engine.Hosting;

namespace Cairn.Cli;

/// <summary>Reads, validates and compiles a definition file, printing its diagnostics.</summary>
internal static class DefinitionLoader
{
    /// <param name="path">The definition file, named in the diagnostics.</param>
    /// <param name="text">Its JSON text (<see cref="DefinitionFiles.Read"/>).</param>
    public static StateMachine? Load(string path, string text, ValidationOptions options, TextWriter stderr)
    {
        var machine = StateMachineCompiler.TryCompile(text, options, out var diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(Format(path, diagnostic));
        }

        return machine;
    }

    /// <summary>One line per diagnostic. JSON syntax errors quote the source in AWS's form; print only the reason.</summary>
    public static string Format(string path, Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        if (diagnostic.Code == DiagnosticCodes.InvalidJsonDescription)
        {
            var reason = diagnostic.Message.Split('\n')[0];
            var at = diagnostic.Location is { } location && location.LastIndexOf("line:", StringComparison.Ordinal) is var i and >= 0
                ? location[i..].TrimEnd(']')
                : "start";
            return $"{path}: {severity} {diagnostic.Code} at {at}: {reason}";
        }

        return $"{path}: {severity} {diagnostic.Code} at {diagnostic.Location ?? "/"}: {diagnostic.Message}";
    }
}
