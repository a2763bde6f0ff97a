using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// An AWS CloudFormation / SAM template as read from its file (YAML with CloudFormation's short tags,
/// or JSON): its sections checked for shape, SAM's <c>Globals</c> merged into the functions, nothing
/// resolved yet. Bounded as CloudFormation bounds templates (1 MB, 500 resources, 200 parameters
/// and outputs).
/// </summary>
internal sealed class Template
{
    public const long MaxBytes = 1_000_000;
    public const int MaxResources = 500;
    public const int MaxParameters = 200;
    public const int MaxOutputs = 200;

    private static readonly HashSet<string> Sections = new(StringComparer.Ordinal)
    {
        "AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Globals", "Rules",
    };

    private Template(string path, JObject parameters, JObject mappings, JObject conditions, JObject outputs, IReadOnlyList<TemplateResource> resources)
    {
        Path = path;
        Folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        Parameters = parameters;
        Mappings = mappings;
        Conditions = conditions;
        Outputs = outputs;
        Resources = resources;
    }

    /// <summary>The template file, as given (named in messages).</summary>
    public string Path { get; }

    /// <summary>The folder relative paths (<c>CodeUri</c>, <c>DefinitionUri</c>) start from.</summary>
    public string Folder { get; }

    public JObject Parameters { get; }

    public JObject Mappings { get; }

    public JObject Conditions { get; }

    public JObject Outputs { get; }

    /// <summary>The resources in the template's order.</summary>
    public IReadOnlyList<TemplateResource> Resources { get; }

    public TemplateResource? Find(string logicalId) => Resources.FirstOrDefault(r => r.LogicalId == logicalId);

    /// <exception cref="CliException">The file cannot be read or is not a template; the message says what and where.</exception>
    public static Template Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new CliException(Directory.Exists(path) ? $"{path} is a folder, not a template file" : $"{path}: no such template file");
        }

        if (info.Length > MaxBytes)
        {
            throw new CliException($"{path}: the template is {info.Length} bytes, more than CloudFormation's {MaxBytes}");
        }

        var text = InputFiles.ReadText(path, "template");
        JValue document;
        if (YamlJson.IsYaml(path, text))
        {
            document = YamlJson.Parse(text, path);
        }
        else if (!JValue.TryParse(text, out document, out var error))
        {
            throw new CliException($"{path}: not valid JSON: {error}");
        }

        return FromDocument(document, path);
    }

    /// <summary>A template from its parsed document (<paramref name="path"/> names it and anchors relative paths).</summary>
    public static Template FromDocument(JValue document, string path)
    {
        if (document is not JObject root)
        {
            throw new CliException($"{path}: a template is an object of sections (Resources, Parameters, ...), not {Describe(document)}");
        }

        var unknown = root.Keys.Where(k => !Sections.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"{path}: Template format error: Invalid template property or properties [{string.Join(", ", unknown)}]");
        }

        if (root["Transform"] is { } transform && !IsServerlessTransform(transform))
        {
            throw new CliException($"{path}: Transform {transform.ToJson()} is not supported (only AWS::Serverless-2016-10-31)");
        }

        var parameters = Section(root, "Parameters", path, MaxParameters);
        var outputs = Section(root, "Outputs", path, MaxOutputs);
        var resourceSection = Section(root, "Resources", path, MaxResources);
        if (resourceSection.Count == 0)
        {
            throw new CliException($"{path}: Template format error: At least one Resources member must be defined.");
        }

        var functionGlobals = FunctionGlobals(root, path);
        var resources = new List<TemplateResource>(resourceSection.Count);
        foreach (var (logicalId, value) in resourceSection)
        {
            resources.Add(ReadResource(logicalId, value, path, functionGlobals));
        }

        foreach (var (name, value) in parameters)
        {
            if (value is not JObject || ((JObject)value)["Type"] is not JString)
            {
                throw new CliException($"{path}: Parameters/{name}: a parameter is an object with a Type");
            }
        }

        foreach (var (name, value) in outputs)
        {
            if (value is not JObject output || output["Value"] is null)
            {
                throw new CliException($"{path}: Outputs/{name}: an output is an object with a Value");
            }
        }

        return new Template(path, parameters, Section(root, "Mappings", path, 200), Section(root, "Conditions", path, 1000), outputs, resources);
    }

    private static TemplateResource ReadResource(string logicalId, JValue value, string path, JObject? functionGlobals)
    {
        var where = $"{path}: Resources/{logicalId}";
        if (logicalId.Length == 0 || logicalId.Length > 255 || !logicalId.All(char.IsAsciiLetterOrDigit))
        {
            throw new CliException($"{where}: Template format error: Resource name {logicalId} is non alphanumeric.");
        }

        if (value is not JObject resource)
        {
            throw new CliException($"{where}: a resource is an object with a Type, not {Describe(value)}");
        }

        if (resource["Type"] is not JString { Value: var type } || type.Length == 0)
        {
            throw new CliException($"{where}: Template format error: [/Resources/{logicalId}] Every Resources object must contain a Type member.");
        }

        var properties = resource["Properties"] switch
        {
            null or JNull => JObject.Empty,
            JObject p => p,
            var other => throw new CliException($"{where}/Properties: an object, not {Describe(other)}"),
        };
        if (type == "AWS::Serverless::Function" && functionGlobals is not null)
        {
            properties = (JObject)SamGlobals.Merge(functionGlobals, properties);
        }

        var dependsOn = resource["DependsOn"] switch
        {
            null => [],
            JString one => [one.Value],
            JArray many when many.All(d => d is JString) => many.Select(d => ((JString)d).Value).ToArray(),
            var other => throw new CliException($"{where}/DependsOn: a logical id or a list of them, not {Describe(other)}"),
        };
        var condition = resource["Condition"] switch
        {
            null => null,
            JString name => name.Value,
            var other => throw new CliException($"{where}/Condition: a condition name, not {Describe(other)}"),
        };
        return new TemplateResource(logicalId, type, properties, dependsOn, condition);
    }

    private static JObject? FunctionGlobals(JObject root, string path)
    {
        if (root["Globals"] is not { } globals)
        {
            return null;
        }

        if (globals is not JObject sections)
        {
            throw new CliException($"{path}: Globals: an object of sections (Function, ...), not {Describe(globals)}");
        }

        return sections["Function"] switch
        {
            null => null,
            JObject function => function,
            var other => throw new CliException($"{path}: Globals/Function: an object of properties, not {Describe(other)}"),
        };
    }

    private static bool IsServerlessTransform(JValue transform) => transform switch
    {
        JString { Value: "AWS::Serverless-2016-10-31" } => true,
        JArray list => list.All(IsServerlessTransform),
        _ => false,
    };

    private static JObject Section(JObject root, string name, string path, int max)
    {
        var section = root[name] switch
        {
            null or JNull => JObject.Empty,
            JObject value => value,
            var other => throw new CliException($"{path}: Template format error: {name} must be an object, not {Describe(other)}"),
        };
        return section.Count <= max ? section : throw new CliException($"{path}: {name} has {section.Count} entries, more than CloudFormation's {max}");
    }

    internal static string Describe(JValue value) => value switch
    {
        JObject => "an object",
        JArray => "a list",
        JString s => $"the string '{s.Value}'",
        JNull => "null",
        _ => value.ToJson(),
    };
}
