namespace Cairn.Server.Iam;

/// <summary>A query-protocol service: its API version and the XML namespace of its answers.</summary>
public sealed record QueryService(string Name, string Version, string Namespace)
{
    public static QueryService Iam { get; } = new("iam", "2010-05-08", "https://iam.amazonaws.com/doc/2010-05-08/");

    public static QueryService Sts { get; } = new("sts", "2011-06-15", "https://sts.amazonaws.com/doc/2011-06-15/");
}
