namespace Cairn.Jsonata.RegularExpressions;

/// <summary>A JavaScript pattern rewritten for .NET; every JavaScript group, named or not, is an unnamed group with the same number.</summary>
internal readonly record struct TranslatedRegex(string Pattern, int GroupCount);
