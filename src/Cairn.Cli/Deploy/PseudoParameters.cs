using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>CloudFormation's pseudo parameters (<c>AWS::Region</c>, <c>AWS::AccountId</c>, <c>AWS::StackName</c>, ...) for one deployment.</summary>
internal sealed record PseudoParameters(string Region, string AccountId, string StackName)
{
    public string Partition => Region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn" : Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";

    public string UrlSuffix => Partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

    /// <summary>The stack's id, made from its name so that it stays the same between deployments.</summary>
    public string StackId => $"arn:{Partition}:cloudformation:{Region}:{AccountId}:stack/{StackName}/{PhysicalNames.StableGuid(StackName)}";

    /// <summary>The value of <c>AWS::NAME</c>, or null when it is not a pseudo parameter (<c>AWS::NoValue</c> is the resolver's).</summary>
    public JValue? Find(string name) => name switch
    {
        "AWS::Region" => new JString(Region),
        "AWS::AccountId" => new JString(AccountId),
        "AWS::StackName" => new JString(StackName),
        "AWS::StackId" => new JString(StackId),
        "AWS::Partition" => new JString(Partition),
        "AWS::URLSuffix" => new JString(UrlSuffix),
        "AWS::NotificationARNs" => JArray.Empty,
        _ => null,
    };

    public static bool IsPseudo(string name) => name.StartsWith("AWS::", StringComparison.Ordinal);
}
