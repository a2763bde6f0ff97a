using System.Xml.Linq;

namespace Cairn.Server.Iam;

/// <summary>STS: who the caller is (the account Cairn answers for), so tools that ask before they deploy go on.</summary>
internal static class StsActions
{
    public static IEnumerable<QueryAction> Create() =>
    [
        new("GetCallerIdentity", QueryService.Sts, r =>
        [
            new XElement("Arn", $"arn:aws:iam::{r.AccountId}:root"),
            new XElement("UserId", r.AccountId),
            new XElement("Account", r.AccountId),
        ]),
    ];
}
