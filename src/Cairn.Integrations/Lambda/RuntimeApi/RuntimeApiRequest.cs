namespace Cairn.Integrations.Lambda.RuntimeApi;

/// <summary>One request a sandbox's runtime made to the Runtime API. <see cref="BodyTooLarge"/>: the body passed the limit and was not kept.</summary>
public sealed record RuntimeApiRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, bool BodyTooLarge)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
