using Cairn.Json;

namespace Cairn.Cli;

/// <summary>Reads the user's files and JSON, turning every failure into a one-line message.</summary>
internal static class InputFiles
{
    public static string ReadText(string path, string what)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot read {what} '{path}': {e.Message}");
        }
    }

    /// <summary>JSON text, or @FILE to read it from a file.</summary>
    public static JValue ReadJsonArgument(string argument, string what)
    {
        var (text, source) = argument.StartsWith('@') ? (ReadText(argument[1..], what), argument[1..]) : (argument, what);
        try
        {
            return JValue.Parse(text);
        }
        catch (JsonParseException e)
        {
            throw new CliException($"{source}: {e.Message}");
        }
    }
}
