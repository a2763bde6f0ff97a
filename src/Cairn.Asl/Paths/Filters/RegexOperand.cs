using System.Text.RegularExpressions;
using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>
/// <c>/pattern/flags</c>. Compiled once, anchored at both ends because Jayway uses Java's
/// <c>Matcher.matches()</c>, which requires the whole input to match.
/// </summary>
internal sealed class RegexOperand : FilterOperand
{
    // Patterns come from definitions and are applied to untrusted input: bound the work.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    public RegexOperand(string pattern, RegexOptions options) =>
        _regex = new Regex(@"\A(?:" + pattern + @")\z", options | RegexOptions.CultureInvariant, MatchTimeout);

    public bool IsMatch(string input)
    {
        try
        {
            return _regex.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>A pattern has no JSON value; only <see cref="FilterOperator.Matches"/> uses it.</summary>
    public override bool TryResolve(JValue current, in PathEnvironment environment, out JValue value)
    {
        value = JNull.Instance;
        return false;
    }
}
