namespace Cairn.Jsonata.Evaluation;

/// <summary>A stage of a step: a predicate, or (with <see cref="IndexVariable"/>) the binding of each result's position.</summary>
internal sealed record StepStage(Node? Predicate, string? IndexVariable);
