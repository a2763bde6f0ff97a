using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>What a resource's deployer works with: the resource, its properties resolved one by one, the stack, and the calls to make.</summary>
internal sealed class ResourceContext(TemplateResource resource, StackContext stack)
{
    public TemplateResource Resource { get; } = resource;

    public StackContext Stack { get; } = stack;

    public string LogicalId => Resource.LogicalId;

    /// <summary>The property with its intrinsics resolved; null when absent or <c>AWS::NoValue</c>.</summary>
    public JValue? Property(string name) =>
        Resource.Properties[name] is { } value ? Stack.Resolver.Resolve(value, Where(name)) : null;

    public string? String(string name) => Resource.Properties[name] is { } value && Property(name) is not null ? Stack.Resolver.ResolveString(value, Where(name)) : null;

    public string RequiredString(string name) => String(name) ?? throw Error($"the property {name} is required");

    public JObject? Object(string name) => Property(name) switch
    {
        null => null,
        JObject o => o,
        var other => throw Error($"{name} must be an object, not {Template.Describe(other)}"),
    };

    public JArray? List(string name) => Property(name) switch
    {
        null => null,
        JArray a => a,
        var other => throw Error($"{name} must be a list, not {Template.Describe(other)}"),
    };

    /// <summary>A whole number property (CloudFormation accepts numbers written as strings).</summary>
    public long? Integer(string name) => Property(name) switch
    {
        null => null,
        JNumber { IsIntegral: true } n => n.IntegerValue,
        JString s when long.TryParse(s.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        var other => throw Error($"{name} must be a whole number, not {Template.Describe(other)}"),
    };

    public bool? Boolean(string name) => Property(name) switch
    {
        null => null,
        JBool b => b.Value,
        JString { Value: "true" or "True" } => true,
        JString { Value: "false" or "False" } => false,
        var other => throw Error($"{name} must be true or false, not {Template.Describe(other)}"),
    };

    /// <summary>
    /// The given properties among <paramref name="names"/> as a service's attribute map (SQS queue,
    /// SNS topic and subscription attributes): strings as they are, anything else as its JSON text.
    /// </summary>
    public JObject Attributes(IEnumerable<string> names)
    {
        var attributes = new JObjectBuilder();
        foreach (var name in names)
        {
            if (Property(name) is { } value)
            {
                attributes.Set(name, value is JString s ? s : new JString(value.ToJson()));
            }
        }

        return attributes.Build();
    }

    /// <summary>A path in the template, relative to the template's folder.</summary>
    public string LocalPath(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Stack.Template.Folder, path));

    public CliException Error(string message) => new($"{Where(null)}: {message}");

    public string Where(string? property) => $"Resources/{LogicalId}" + (property is null ? string.Empty : $"/Properties/{property}");

    /// <summary>Reports an extra resource the deployment made for this one (SAM's implicit roles).</summary>
    public void Implicit(DeployedResource resource) => Stack.Report(resource);
}
