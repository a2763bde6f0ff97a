namespace Cairn.Jsonata.Formatting;

/// <summary>The case a picture asks for: <c>w</c> / <c>n</c> lower, <c>W</c> / <c>N</c> upper, <c>Ww</c> / <c>Nn</c> title.</summary>
internal enum LetterCase
{
    Lower,
    Upper,
    Title,
}
