using System.Globalization;
using System.Text.RegularExpressions;
using Cairn.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Cairn.Cli;

/// <summary>
/// YAML documents as JSON values, by YAML 1.2's core schema: plain <c>null</c>/<c>~</c>/empty are
/// null, <c>true</c>/<c>false</c> booleans, integers and decimals numbers, everything else (and every
/// quoted scalar) a string. CloudFormation's short tags become their long forms (<c>!Ref X</c> →
/// <c>{"Ref": "X"}</c>, <c>!GetAtt A.B</c> → <c>{"Fn::GetAtt": ["A", "B"]}</c>, <c>!Sub</c> →
/// <c>{"Fn::Sub": ...}</c>, ...). Aliases are expanded within a bound on the nodes produced and the
/// depth, so an alias bomb is an error, not unbounded memory.
/// </summary>
internal static partial class YamlJson
{
    public const int MaxNodes = 1_000_000;
    public const int MaxDepth = 256;

    /// <summary>The first document of <paramref name="text"/>.</summary>
    /// <exception cref="CliException">The text is not YAML, or is beyond the bounds; the message says where.</exception>
    public static JValue Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new CliException($"{source}: line {e.Start.Line}, column {e.Start.Column}: {Reason(e)}");
        }

        if (stream.Documents.Count == 0)
        {
            throw new CliException($"{source}: the YAML document is empty");
        }

        var budget = MaxNodes;
        return Convert(stream.Documents[0].RootNode, source, 0, ref budget);
    }

    /// <summary>Whether a file's text is YAML rather than JSON: by its extension, else by its first character.</summary>
    public static bool IsYaml(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".yaml" or ".yml"
            || (extension != ".json" && text.TrimStart() is { Length: > 0 } trimmed && trimmed[0] is not ('{' or '['));
    }

    private static JValue Convert(YamlNode node, string source, int depth, ref int budget)
    {
        if (--budget < 0)
        {
            throw new CliException($"{source}: line {node.Start.Line}: the document expands to more than {MaxNodes} values (aliases?)");
        }

        if (depth > MaxDepth)
        {
            throw new CliException($"{source}: line {node.Start.Line}: nested deeper than {MaxDepth} levels");
        }

        var value = node switch
        {
            YamlMappingNode mapping => Mapping(mapping, source, depth, ref budget),
            YamlSequenceNode sequence => Sequence(sequence, source, depth, ref budget),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new CliException($"{source}: line {node.Start.Line}: unsupported YAML node"),
        };
        return node.Tag.IsEmpty || node.Tag.Value.StartsWith("tag:yaml.org", StringComparison.Ordinal) || node.Tag.Value.StartsWith("!!", StringComparison.Ordinal)
            ? value
            : CloudFormationTag(node.Tag.Value, value, node, source);
    }

    private static JValue Mapping(YamlMappingNode mapping, string source, int depth, ref int budget)
    {
        var members = new List<KeyValuePair<string, JValue>>(mapping.Children.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, child) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new CliException($"{source}: line {key.Start.Line}, column {key.Start.Column}: a key must be a plain value");
            }

            if (!seen.Add(name))
            {
                throw new CliException($"{source}: line {key.Start.Line}, column {key.Start.Column}: the key '{name}' is given twice");
            }

            members.Add(new(name, Convert(child, source, depth + 1, ref budget)));
        }

        return JObject.Create(members);
    }

    private static JArray Sequence(YamlSequenceNode sequence, string source, int depth, ref int budget)
    {
        var items = new JValue[sequence.Children.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Convert(sequence.Children[i], source, depth + 1, ref budget);
        }

        return JArray.Adopt(items);
    }

    private static JValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain)
        {
            return new JString(text);
        }

        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" or "!!str")
        {
            return new JString(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return JNull.Instance;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JBool.True;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JBool.False;
        }

        if (IntegerPattern().IsMatch(text) || DecimalPattern().IsMatch(text))
        {
            return JNumber.FromLiteral(text.TrimStart('+'));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JNumber.From(hex);
        }

        return new JString(text);
    }

    /// <summary>CloudFormation's short form <c>!Name value</c>: <c>Ref</c> and <c>Condition</c> keep their names, the rest are <c>Fn::Name</c>.</summary>
    private static JObject CloudFormationTag(string tag, JValue value, YamlNode node, string source)
    {
        var name = tag.TrimStart('!');
        if (name.Length == 0)
        {
            throw new CliException($"{source}: line {node.Start.Line}: the tag '{tag}' is not known");
        }

        if (name == "GetAtt" && value is JString dotted)
        {
            var dot = dotted.Value.IndexOf('.', StringComparison.Ordinal);
            value = dot > 0
                ? JArray.Adopt([new JString(dotted.Value[..dot]), new JString(dotted.Value[(dot + 1)..])])
                : throw new CliException($"{source}: line {node.Start.Line}: !GetAtt needs RESOURCE.ATTRIBUTE, not '{dotted.Value}'");
        }

        return JObject.Create((name is "Ref" or "Condition" ? name : "Fn::" + name, value));
    }

    private static string Reason(YamlException e) =>
        e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;

    [GeneratedRegex(@"^[-+]?(0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex DecimalPattern();
}
