namespace Cairn.Jsonata.Parsing;

/// <summary>A stage of a path step: a predicate filter, or an index binding <c>#$var</c> after one.</summary>
internal sealed record Stage(AstNode? Filter, string? IndexVariable, int Position);
