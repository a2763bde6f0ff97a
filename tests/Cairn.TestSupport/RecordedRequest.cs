namespace Cairn.TestSupport;

/// <summary>What the server received.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body);
