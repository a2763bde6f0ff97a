namespace Cairn.Integrations.Aws.Endpoints;

/// <summary>An endpoint and where it was configured (<c>--endpoint</c>, <c>SQS_ENDPOINT</c>, <c>AWS</c>).</summary>
/// <param name="IsCustom">Not AWS's own endpoint: resource URLs written for AWS (queue URLs) are pointed at it.</param>
public sealed record ResolvedEndpoint(Uri Uri, string Source, bool IsCustom);
