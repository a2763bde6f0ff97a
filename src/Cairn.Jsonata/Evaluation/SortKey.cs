namespace Cairn.Jsonata.Evaluation;

/// <summary>One term of an order-by clause.</summary>
internal sealed record SortKey(Node Expression, bool Descending);
