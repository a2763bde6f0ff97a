namespace Cairn.Cli.Deploy.Resources;

/// <summary>Creates, or updates in place, the resources of some types.</summary>
internal interface IResourceDeployer
{
    IReadOnlyList<string> Types { get; }

    /// <summary>The properties it applies or accepts; others are reported as not applied.</summary>
    IReadOnlySet<string> Properties { get; }

    Task<DeployedResource> DeployAsync(ResourceContext context, CancellationToken cancellationToken);
}
