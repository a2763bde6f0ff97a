using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// The values of a template's <c>Parameters</c>: the overrides given (<c>KEY=VALUE</c>), else each
/// parameter's <c>Default</c>, checked as CloudFormation checks them (<c>AllowedValues</c>,
/// <c>AllowedPattern</c>, lengths, numbers). <c>Ref</c> to a parameter gives a string; list types
/// (<c>CommaDelimitedList</c>, <c>List&lt;...&gt;</c>) give a list of strings.
/// </summary>
internal static class TemplateParameters
{
    /// <exception cref="CliException">An override names no parameter, a parameter has no value, or a value breaks its constraints.</exception>
    public static IReadOnlyDictionary<string, JValue> Resolve(Template template, IReadOnlyDictionary<string, string> overrides)
    {
        var unknown = overrides.Keys.Where(k => !template.Parameters.ContainsKey(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"{template.Path}: Parameters: [{string.Join(", ", unknown)}] do not exist in the template");
        }

        var values = new Dictionary<string, JValue>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var (name, value) in template.Parameters)
        {
            var declaration = (JObject)value;
            var type = ((JString)declaration["Type"]!).Value;
            string? text = overrides.TryGetValue(name, out var given) ? given : declaration["Default"] switch
            {
                null => null,
                JString s => s.Value,
                JArray list => string.Join(",", list.Select(Text)),
                var other => Text(other),
            };
            if (text is null)
            {
                missing.Add(name);
                continue;
            }

            values[name] = Check(template.Path, name, type, declaration, text);
        }

        return missing.Count == 0 ? values : throw new CliException($"{template.Path}: Parameters: [{string.Join(", ", missing)}] must have values");
    }

    private static JValue Check(string path, string name, string type, JObject declaration, string text)
    {
        var where = $"{path}: Parameters/{name}";
        var isList = type == "CommaDelimitedList" || type.StartsWith("List<", StringComparison.Ordinal);
        var items = isList ? text.Split(',').Select(i => i.Trim()).ToArray() : [text];
        var numbers = type is "Number" or "List<Number>";
        if (!numbers && type != "String" && !isList && !type.StartsWith("AWS::EC2::", StringComparison.Ordinal))
        {
            throw new CliException($"{where}: the parameter type {type} is not supported (String, Number, List<Number>, CommaDelimitedList)");
        }

        foreach (var item in items)
        {
            if (numbers && !double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                throw new CliException($"{where}: Parameter '{name}' must be a number, not '{item}'");
            }

            if (declaration["AllowedValues"] is JArray allowed && !allowed.Any(a => Text(a) == item))
            {
                throw new CliException($"{where}: Parameter '{name}' must be one of AllowedValues ({string.Join(", ", allowed.Select(Text))}), not '{item}'");
            }

            if (declaration["AllowedPattern"] is JString pattern && !Regex.IsMatch(item, $"^(?:{pattern.Value})$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                throw new CliException($"{where}: Parameter '{name}' must match pattern {pattern.Value}" + (declaration["ConstraintDescription"] is JString why ? $" ({why.Value})" : string.Empty));
            }

            if (Number(declaration["MinLength"]) is { } minLength && item.Length < minLength)
            {
                throw new CliException($"{where}: Parameter '{name}' must contain at least {minLength} characters");
            }

            if (Number(declaration["MaxLength"]) is { } maxLength && item.Length > maxLength)
            {
                throw new CliException($"{where}: Parameter '{name}' must contain at most {maxLength} characters");
            }

            if (numbers && Number(declaration["MinValue"]) is { } min && double.Parse(item, CultureInfo.InvariantCulture) < min)
            {
                throw new CliException($"{where}: Parameter '{name}' must be a number not less than {Text(declaration["MinValue"]!)}");
            }

            if (numbers && Number(declaration["MaxValue"]) is { } max && double.Parse(item, CultureInfo.InvariantCulture) > max)
            {
                throw new CliException($"{where}: Parameter '{name}' must be a number not greater than {Text(declaration["MaxValue"]!)}");
            }
        }

        return isList ? JArray.Create(items.Select(i => (JValue)new JString(i))) : new JString(text);
    }

    private static double? Number(JValue? value) => value switch
    {
        JNumber n => n.DoubleValue,
        JString s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string Text(JValue value) => value is JString s ? s.Value : value.ToJson();

    /// <summary>
    /// <c>--parameter-overrides</c> values: <c>KEY=VALUE</c> (SAM's short form) or
    /// <c>ParameterKey=KEY,ParameterValue=VALUE</c> (the CloudFormation CLI's form).
    /// </summary>
    public static IReadOnlyDictionary<string, string> ReadOverrides(IEnumerable<string> arguments)
    {
        var overrides = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            var match = Regex.Match(argument, "^ParameterKey=([^,]+),ParameterValue=(.*)$");
            if (match.Success)
            {
                overrides[match.Groups[1].Value] = match.Groups[2].Value;
                continue;
            }

            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"--parameter-overrides takes KEY=VALUE or ParameterKey=KEY,ParameterValue=VALUE, not '{argument}'");
            }

            overrides[argument[..equals]] = argument[(equals + 1)..];
        }

        return overrides;
    }
}
