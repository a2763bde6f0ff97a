using Cairn.Cli.Deploy.Resources;

namespace Cairn.Cli.Deploy;

/// <summary>The resource types <c>cairn deploy</c> creates, and their deployers.</summary>
internal static class ResourceDeployers
{
    private static readonly IReadOnlyDictionary<string, IResourceDeployer> ByType = Create();

    public static IEnumerable<string> Types => ByType.Keys.Order(StringComparer.Ordinal);

    public static IResourceDeployer? Find(string type) => ByType.GetValueOrDefault(type);

    private static Dictionary<string, IResourceDeployer> Create()
    {
        var deployers = new IResourceDeployer[]
        {
            new StateMachineDeployer(), new FunctionDeployer(), new RoleDeployer(), new TableDeployer(), new QueueDeployer(),
            new QueuePolicyDeployer(), new TopicDeployer(), new SubscriptionDeployer(),
        };
        return deployers.SelectMany(d => d.Types.Select(t => (t, d))).ToDictionary(p => p.t, p => p.d, StringComparer.Ordinal);
    }
}
