using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// SAM's <c>Globals</c> rule: a resource's own properties win over the globals for plain values,
/// maps are merged key by key (the resource's keys winning), lists are the global items followed
/// by the resource's.
/// </summary>
internal static class SamGlobals
{
    public static JValue Merge(JValue global, JValue local) => (global, local) switch
    {
        (JObject g, JObject l) when !IsIntrinsic(g) && !IsIntrinsic(l) => MergeObjects(g, l),
        (JArray g, JArray l) => JArray.Create(g.Concat(l)),
        _ => local,
    };

    private static JObject MergeObjects(JObject global, JObject local)
    {
        var builder = new JObjectBuilder(global.Count + local.Count);
        foreach (var (key, value) in global)
        {
            builder.Set(key, local[key] is { } own ? Merge(value, own) : value);
        }

        foreach (var (key, value) in local)
        {
            if (!global.ContainsKey(key))
            {
                builder.Set(key, value);
            }
        }

        return builder.Build();
    }

    private static bool IsIntrinsic(JObject value) => value.Count == 1 && TemplateResolver.IsIntrinsicName(value[0].Key);
}
