using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// Deploys a template as a stack: parameters and order checked before anything is called, then
/// each resource in dependency order (its properties resolved against what is already deployed),
/// one line per resource, resources of types it does not create listed by logical id and type,
/// and the template's <c>Outputs</c>.
/// </summary>
internal sealed class StackDeployer(ServiceCalls cairn, ServiceCalls services, TextWriter stdout)
{
    public async Task<IReadOnlyDictionary<string, DeployedResource>> DeployAsync(Template template, IReadOnlyDictionary<string, string> overrides, string stackName, CancellationToken cancellationToken)
    {
        var parameters = TemplateParameters.Resolve(template, overrides);
        var order = DeployOrder.Sort(template);
        JObject identity;
        try
        {
            identity = await cairn.CallAsync("sts", "GetCallerIdentity", JObject.Empty, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceCallException e)
        {
            throw new CliException($"Cairn at {cairn.EndpointOf("sts")} refused the deployment: {e.Message}");
        }

        var account = identity["Account"] is JString a ? a.Value : throw new CliException("STS GetCallerIdentity answered without an Account");
        var pseudo = new PseudoParameters(cairn.Region, account, stackName);
        stdout.WriteLine($"Deploying stack {stackName} from {template.Path} to {cairn.EndpointOf("stepfunctions")} (account {account}, region {pseudo.Region})");

        var deployed = new Dictionary<string, DeployedResource>(StringComparer.Ordinal);
        var resolver = new TemplateResolver(template, parameters, pseudo, deployed);
        var stack = new StackContext(template, resolver, cairn, services, Print);
        var notCreated = new List<TemplateResource>();
        foreach (var resource in order)
        {
            if (resource.Condition is { } condition && !resolver.Condition(condition, $"Resources/{resource.LogicalId}/Condition"))
            {
                stdout.WriteLine($"  SKIP    {resource.LogicalId} {resource.Type} (condition {condition} is false)");
                continue;
            }

            if (ResourceDeployers.Find(resource.Type) is not { } deployer)
            {
                notCreated.Add(resource);
                continue;
            }

            DeployedResource result;
            try
            {
                result = await deployer.DeployAsync(new ResourceContext(resource, stack), cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceCallException e)
            {
                throw new CliException($"{template.Path}: Resources/{resource.LogicalId} ({resource.Type}): {e.Message}");
            }
            catch (CliException e) when (!e.Message.StartsWith(template.Path, StringComparison.Ordinal))
            {
                throw new CliException($"{template.Path}: {e.Message}");
            }

            deployed[resource.LogicalId] = result;
            Print(result);
            var ignored = resource.Properties.Keys.Where(p => !deployer.Properties.Contains(p)).ToList();
            if (ignored.Count > 0)
            {
                stdout.WriteLine($"  note    {resource.LogicalId}: {string.Join(", ", ignored)} not applied by cairn deploy");
            }
        }

        if (notCreated.Count > 0)
        {
            stdout.WriteLine($"Not created ({notCreated.Count}; cairn deploy creates {string.Join(", ", ResourceDeployers.Types)}):");
            foreach (var resource in notCreated)
            {
                stdout.WriteLine($"  {resource.LogicalId} {resource.Type}");
            }
        }

        PrintOutputs(template, resolver);
        return deployed;
    }

    private void Print(DeployedResource resource) => stdout.WriteLine($"  {resource.Action,-7} {resource.LogicalId} {resource.Type} {resource.PhysicalId}");

    private void PrintOutputs(Template template, TemplateResolver resolver)
    {
        if (template.Outputs.Count == 0)
        {
            return;
        }

        stdout.WriteLine("Outputs:");
        foreach (var (name, value) in template.Outputs)
        {
            var output = (JObject)value;
            try
            {
                if (output["Condition"] is JString condition && !resolver.Condition(condition.Value, $"Outputs/{name}/Condition"))
                {
                    continue;
                }

                stdout.WriteLine($"  {name} {resolver.ResolveString(output["Value"]!, $"Outputs/{name}/Value")}");
            }
            catch (CliException e)
            {
                stdout.WriteLine($"  {name} (not available: {e.Message})");
            }
        }
    }
}
