using System.Text;
using Cairn.Json;

namespace Cairn.Cli;

/// <summary>
/// CloudFormation's <c>DefinitionSubstitutions</c>: every <c>${KEY}</c> in a definition's JSON text
/// is replaced by KEY's value (escaped as JSON string content, so a value lands safely inside a
/// string and numbers and booleans stand as they are); placeholders without a value stay.
/// </summary>
internal static class DefinitionSubstitutions
{
    public const int MaxSubstitutions = 1000;

    public static string Apply(string definition, IReadOnlyDictionary<string, string> substitutions)
    {
        if (substitutions.Count == 0 || !definition.Contains("${", StringComparison.Ordinal))
        {
            return definition;
        }

        var text = new StringBuilder(definition.Length);
        var at = 0;
        while (at < definition.Length)
        {
            var start = definition.IndexOf("${", at, StringComparison.Ordinal);
            var end = start < 0 ? -1 : definition.IndexOf('}', start + 2);
            if (end < 0)
            {
                break;
            }

            text.Append(definition, at, start - at);
            var key = definition[(start + 2)..end];
            if (substitutions.TryGetValue(key, out var value))
            {
                var quoted = JsonWriter.Write(new JString(value), indented: false);
                text.Append(quoted, 1, quoted.Length - 2);
            }
            else
            {
                text.Append(definition, start, end + 1 - start);
            }

            at = end + 1;
        }

        return text.Append(definition, at, definition.Length - at).ToString();
    }

    /// <summary>The <c>--substitutions</c> arguments: <c>KEY=VALUE</c>, or <c>@FILE</c> (a JSON or YAML object of KEY → value).</summary>
    public static IReadOnlyDictionary<string, string> Read(IReadOnlyList<string> arguments)
    {
        var substitutions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument.StartsWith('@'))
            {
                var path = argument[1..];
                var text = InputFiles.ReadText(path, "substitutions");
                var parsed = YamlJson.IsYaml(path, text) ? YamlJson.Parse(text, path) : InputFiles.ReadJsonArgument(argument, "--substitutions");
                if (parsed is not JObject values)
                {
                    throw new UsageException($"--substitutions {argument}: the file must hold an object of KEY → value");
                }

                foreach (var (key, value) in values.Members.ToArray())
                {
                    substitutions[key] = value is JString s ? s.Value : value is JObject or JArray
                        ? throw new UsageException($"--substitutions {argument}: the value of '{key}' must be a string, number or boolean")
                        : value.ToJson();
                }
            }
            else
            {
                var equals = argument.IndexOf('=', StringComparison.Ordinal);
                substitutions[equals > 0 ? argument[..equals] : throw new UsageException($"--substitutions takes KEY=VALUE or @FILE, not '{argument}'")] = argument[(equals + 1)..];
            }

            if (substitutions.Count > MaxSubstitutions)
            {
                throw new UsageException($"--substitutions: more than {MaxSubstitutions} substitutions");
            }
        }

        return substitutions;
    }
}
