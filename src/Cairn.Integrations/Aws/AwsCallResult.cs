using Cairn.Integrations.Aws.Http;
using Cairn.Json;

namespace Cairn.Integrations.Aws;

/// <summary>A successful call: the parsed output, the HTTP response it came from and how many attempts it took.</summary>
public sealed record AwsCallResult(JObject Output, AwsHttpResponse Response, int Attempts);
