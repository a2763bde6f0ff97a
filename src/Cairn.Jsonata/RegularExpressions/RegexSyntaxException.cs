namespace Cairn.Jsonata.RegularExpressions;

/// <summary>A JavaScript regular expression that JavaScript itself would reject, with JavaScript's reason.</summary>
internal sealed class RegexSyntaxException(string reason) : Exception(reason);
