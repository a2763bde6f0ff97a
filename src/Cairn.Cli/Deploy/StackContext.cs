namespace Cairn.Cli.Deploy;

/// <summary>One deployment of a template as a stack: its name, where it goes, the resolver, and what has been deployed so far.</summary>
internal sealed class StackContext(Template template, TemplateResolver resolver, ServiceCalls cairn, ServiceCalls services, Action<DeployedResource> report)
{
    public Template Template { get; } = template;

    public TemplateResolver Resolver { get; } = resolver;

    /// <summary>Cairn's own APIs: Step Functions, Lambda, IAM, STS.</summary>
    public ServiceCalls Cairn { get; } = cairn;

    /// <summary>The other services (DynamoDB, SQS, SNS) at their configured endpoints.</summary>
    public ServiceCalls Services { get; } = services;

    public PseudoParameters Pseudo => Resolver.Pseudo;

    public string StackName => Pseudo.StackName;

    public void Report(DeployedResource resource) => report(resource);
}
