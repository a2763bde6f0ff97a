using Cairn.Json;

namespace Cairn.Cli.Deploy.Resources;

/// <summary>
/// <c>AWS::Serverless::Function</c> (<c>CodeUri</c> folder or zip, <c>InlineCode</c>, <c>Handler</c>,
/// <c>Runtime</c>, <c>Environment</c>, <c>Timeout</c>, <c>MemorySize</c>, <c>Description</c>,
/// <c>Architectures</c>, <c>Role</c>; <c>Globals</c> already merged) and <c>AWS::Lambda::Function</c>
/// (<c>Code.ZipFile</c>, the same settings) on Cairn's built-in Lambda service: CreateFunction, or
/// UpdateFunctionCode and UpdateFunctionConfiguration for a function of that name.
/// </summary>
internal sealed class FunctionDeployer : IResourceDeployer
{
    public IReadOnlyList<string> Types { get; } = ["AWS::Serverless::Function", "AWS::Lambda::Function"];

    public IReadOnlySet<string> Properties { get; } = new HashSet<string>(["PackageType", "FunctionName", "Runtime", "Handler", "CodeUri", "InlineCode", "Code", "Role", "Policies", "Timeout", "MemorySize", "Description", "Environment", "Architectures"], StringComparer.Ordinal);

    public async Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken)
    {
        var serverless = context.Resource.Type == "AWS::Serverless::Function";
        if (context.String("PackageType") is "Image")
        {
            throw context.Error("container image functions (PackageType: Image) are not supported by cairn deploy");
        }

        var name = context.String("FunctionName") ?? PhysicalNames.Generate(context.Stack.StackName, context.LogicalId, 64);
        var runtime = context.RequiredString("Runtime");
        var handler = context.RequiredString("Handler");
        var zip = serverless ? ServerlessCode(context, runtime) : LambdaCode(context, runtime);
        var role = context.String("Role") ?? (serverless
            ? await Roles.ImplicitAsync(context, "lambda.amazonaws.com", cancellationToken).ConfigureAwait(false)
            : throw context.Error("the property Role is required"));

        var settings = new JObjectBuilder()
            .Set("FunctionName", name)
            .Set("Runtime", runtime)
            .Set("Handler", handler)
            .Set("Role", role);
        if (context.Integer("Timeout") is { } timeout)
        {
            settings.Set("Timeout", timeout);
        }

        if (context.Integer("MemorySize") is { } memory)
        {
            settings.Set("MemorySize", memory);
        }

        if (context.String("Description") is { } description)
        {
            settings.Set("Description", description);
        }

        settings.Set("Environment", JObject.Create(("Variables", Variables(context))));
        var lambda = context.Stack.Cairn;
        JObject configuration;
        string action;
        try
        {
            await lambda.CallAsync("lambda", "GetFunction", JObject.Create(("FunctionName", name)), cancellationToken).ConfigureAwait(false);
            await lambda.CallAsync("lambda", "UpdateFunctionCode", JObject.Create(("FunctionName", name), ("ZipFile", Convert.ToBase64String(zip))), cancellationToken).ConfigureAwait(false);
            configuration = await lambda.CallAsync("lambda", "UpdateFunctionConfiguration", settings.Build(), cancellationToken).ConfigureAwait(false);
            action = "UPDATE";
        }
        catch (ServiceCallException e) when (e.Code == "ResourceNotFoundException" && e.Operation == "GetFunction")
        {
            if (context.List("Architectures") is { } architectures)
            {
                settings.Set("Architectures", architectures);
            }

            settings.Set("Code", JObject.Create(("ZipFile", Convert.ToBase64String(zip))));
            configuration = await lambda.CallAsync("lambda", "CreateFunction", settings.Build(), cancellationToken).ConfigureAwait(false);
            action = "CREATE";
        }

        var arn = configuration["FunctionArn"] ?? throw context.Error("Lambda answered without a FunctionArn");
        return new DeployedResource(context.LogicalId, context.Resource.Type, new JString(name), new Dictionary<string, JValue> { ["Arn"] = arn }, action);
    }

    private static byte[] ServerlessCode(ResourceContext context, string runtime)
    {
        if (context.String("InlineCode") is { } inline)
        {
            return context.Resource.Properties.ContainsKey("CodeUri") ? throw context.Error("give only one of CodeUri and InlineCode") : FunctionCode.Inline(inline, runtime);
        }

        return context.Property("CodeUri") switch
        {
            JString { Value: var uri } when !uri.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) => FunctionCode.FromPath(context, context.LocalPath(uri)),
            null => throw context.Error("one of CodeUri or InlineCode is required"),
            _ => throw context.Error("CodeUri: code in S3 is not supported by cairn deploy; give a local folder or zip file"),
        };
    }

    private static byte[] LambdaCode(ResourceContext context, string runtime)
    {
        var code = context.Object("Code") ?? throw context.Error("the property Code is required");
        return code["ZipFile"] is JString inline
            ? FunctionCode.Inline(inline.Value, runtime)
            : throw context.Error("Code: only inline ZipFile code is supported by cairn deploy for AWS::Lambda::Function (S3 and images are not); use AWS::Serverless::Function with a CodeUri folder");
    }

    private static JObject Variables(ResourceContext context)
    {
        var environment = context.Object("Environment");
        var builder = new JObjectBuilder();
        if (environment?["Variables"] is { } variables)
        {
            if (variables is not JObject map)
            {
                throw context.Error("Environment/Variables must be an object of NAME → value");
            }

            foreach (var (key, value) in map)
            {
                builder.Set(key, value switch
                {
                    JString s => s,
                    JNumber or JBool => new JString(value.ToJson()),
                    _ => throw context.Error($"Environment/Variables/{key}: a value must be a string, not {Template.Describe(value)}"),
                });
            }
        }

        return builder.Build();
    }
}
