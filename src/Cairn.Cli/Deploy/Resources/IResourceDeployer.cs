namespace Cairn.Cli.Deploy.Resources;

/// <summary>Creates, or updates in place, the resources of some types.</summary>
internal interface IResourceDeployer
{
    IReadOnlyList<string> Types { get; }

    Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken);
}
