using System.Xml.Linq;

namespace Cairn.Server.Iam;

/// <summary>
/// One action of a query-protocol API (IAM, STS): its name, the service whose XML namespace its
/// answer carries, and its handler, which returns the children of <c>&lt;ActionResult&gt;</c>
/// (null for actions that answer with metadata only).
/// </summary>
public sealed record QueryAction(string Name, QueryService Service, Func<QueryRequest, IEnumerable<XElement>?> Handle);
