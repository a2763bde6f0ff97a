namespace Cairn.Cli.Deploy;

/// <summary>
/// The text of an <c>Fn::Sub</c>: literal runs and <c>${NAME}</c> / <c>${Resource.Attribute}</c>
/// variables; <c>${!Literal}</c> writes <c>${Literal}</c>. Parsed once, used by both the resolver
/// and the dependency scan.
/// </summary>
internal static class SubTemplate
{
    /// <summary>One part: either a literal or a variable name.</summary>
    public readonly record struct Part(string? Literal, string? Variable);

    public static IEnumerable<Part> Parse(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf("${", at, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start + 2);
            if (end < 0)
            {
                yield return new Part(text[at..], null);
                yield break;
            }

            if (start > at)
            {
                yield return new Part(text[at..start], null);
            }

            var name = text[(start + 2)..end];
            yield return name.StartsWith('!') ? new Part("${" + name[1..] + "}", null) : new Part(null, name.Trim());
            at = end + 1;
        }
    }
}
