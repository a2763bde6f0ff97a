using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// The order resources are deployed in: each after what it depends on (<c>DependsOn</c>, and the
/// resources its properties name with <c>Ref</c>, <c>Fn::GetAtt</c> and <c>Fn::Sub</c>), otherwise in
/// the template's order (each step deploys the first resource whose dependencies are deployed). A reference to nothing the template declares, and a cycle, are errors
/// naming the logical ids, as CloudFormation reports them.
/// </summary>
internal static class DeployOrder
{
    public static IReadOnlyList<TemplateResource> Sort(Template template)
    {
        var dependencies = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var resource in template.Resources)
        {
            var references = new HashSet<string>(StringComparer.Ordinal);
            Collect(resource.Properties, references);
            foreach (var dependsOn in resource.DependsOn)
            {
                if (template.Find(dependsOn) is null)
                {
                    throw new CliException($"{template.Path}: Resources/{resource.LogicalId}/DependsOn: Template format error: Unresolved resource dependencies [{dependsOn}] in the Resources block of the template");
                }

                references.Add(dependsOn);
            }

            var unknown = references.Where(r => template.Find(r) is null && !template.Parameters.ContainsKey(r) && !PseudoParameters.IsPseudo(r)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException($"{template.Path}: Resources/{resource.LogicalId}: Template format error: Unresolved resource dependencies [{string.Join(", ", unknown)}] in the Resources block of the template");
            }

            references.RemoveWhere(r => template.Find(r) is null);
            if (references.Contains(resource.LogicalId))
            {
                throw new CliException($"{template.Path}: Resources/{resource.LogicalId}: Circular dependency between resources: [{resource.LogicalId}]");
            }

            dependencies[resource.LogicalId] = references;
        }

        foreach (var (name, output) in template.Outputs)
        {
            var references = new HashSet<string>(StringComparer.Ordinal);
            Collect(output, references);
            var unknown = references.Where(r => template.Find(r) is null && !template.Parameters.ContainsKey(r) && !PseudoParameters.IsPseudo(r)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException($"{template.Path}: Outputs/{name}: Template format error: Unresolved resource dependencies [{string.Join(", ", unknown)}] in the Outputs block of the template");
            }
        }

        var order = new List<TemplateResource>(template.Resources.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (order.Count < template.Resources.Count)
        {
            var next = template.Resources.FirstOrDefault(r => !done.Contains(r.LogicalId) && dependencies[r.LogicalId].All(done.Contains));
            if (next is null)
            {
                var cycle = template.Resources.Where(r => !done.Contains(r.LogicalId)).Select(r => r.LogicalId);
                throw new CliException($"{template.Path}: Circular dependency between resources: [{string.Join(", ", cycle)}]");
            }

            order.Add(next);
            done.Add(next.LogicalId);
        }

        return order;
    }

    /// <summary>The names a value refers to: <c>Ref</c> targets, <c>Fn::GetAtt</c> resources, <c>Fn::Sub</c> variables not given in its map.</summary>
    public static void Collect(JValue value, ISet<string> into)
    {
        switch (value)
        {
            case JObject { Count: 1 } call when call[0].Key == "Ref" && call[0].Value is JString name:
                if (name.Value != "AWS::NoValue")
                {
                    into.Add(name.Value);
                }

                return;
            case JObject { Count: 1 } call when call[0].Key == "Fn::GetAtt":
                switch (call[0].Value)
                {
                    case JArray { Count: > 0 } pair when pair[0] is JString id:
                        into.Add(id.Value);
                        Collect(pair, into);
                        return;
                    case JString dotted when dotted.Value.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot:
                        into.Add(dotted.Value[..dot]);
                        return;
                }

                return;
            case JObject { Count: 1 } call when call[0].Key == "Fn::Sub":
            {
                var (text, variables) = call[0].Value switch
                {
                    JString s => (s.Value, JObject.Empty),
                    JArray { Count: 2 } pair when pair[0] is JString s && pair[1] is JObject map => (s.Value, map),
                    _ => (string.Empty, JObject.Empty),
                };
                foreach (var part in SubTemplate.Parse(text))
                {
                    if (part.Variable is { } variable && !variables.ContainsKey(variable))
                    {
                        var dot = variable.IndexOf('.', StringComparison.Ordinal);
                        into.Add(dot > 0 && !PseudoParameters.IsPseudo(variable) ? variable[..dot] : variable);
                    }
                }

                Collect(variables, into);
                return;
            }

            case JObject obj:
                foreach (var (_, member) in obj)
                {
                    Collect(member, into);
                }

                return;
            case JArray array:
                foreach (var item in array)
                {
                    Collect(item, into);
                }

                return;
        }
    }
}
