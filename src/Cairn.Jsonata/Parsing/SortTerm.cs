namespace Cairn.Jsonata.Parsing;

internal sealed record SortTerm(AstNode Expression, bool Descending);
