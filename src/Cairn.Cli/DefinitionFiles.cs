namespace Cairn.Cli;

/// <summary>A definition file as JSON text: JSON as it is, YAML converted, then <c>--substitutions</c> applied.</summary>
internal static class DefinitionFiles
{
    public static string Read(string path, CommandLine line)
    {
        var text = InputFiles.ReadText(path, "definition");
        if (YamlJson.IsYaml(path, text))
        {
            text = YamlJson.Parse(text, path).ToJson();
        }

        return DefinitionSubstitutions.Apply(text, DefinitionSubstitutions.Read(line.Values("substitutions")));
    }
}
