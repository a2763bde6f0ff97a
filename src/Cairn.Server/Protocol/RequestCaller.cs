namespace Cairn.Server.Protocol;

/// <summary>The account and region a request acts in.</summary>
public sealed record RequestCaller(string AccountId, string Region);
