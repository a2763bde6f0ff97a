namespace Cairn.Jsonata.Evaluation;

/// <summary>A compiled path step: the expression evaluated for each input item, with its stages and bindings.</summary>
internal sealed class Step
{
    public Step(Node? expression, StepStage[] stages)
    {
        Expression = expression;
        Stages = stages;
    }

    /// <summary>Null for an order-by step.</summary>
    public Node? Expression { get; }

    public StepStage[] Stages { get; }

    /// <summary>The terms of an order-by step.</summary>
    public SortKey[]? SortTerms { get; init; }

    /// <summary><c>@$name</c>: results are bound to this variable while the context stays the step's input.</summary>
    public string? Focus { get; init; }

    /// <summary><c>#$name</c>: each result's position within its input's results.</summary>
    public string? Index { get; init; }

    /// <summary>The label under which the step records its input for a parent operator.</summary>
    public string? AncestorLabel { get; init; }

    /// <summary>The step runs on tuples: it or an earlier one binds variables along the path.</summary>
    public bool Tuple { get; init; }

    /// <summary>An array constructor as the first step: evaluated once with the whole input as context.</summary>
    public bool ConsArrayFirst { get; init; }

    /// <summary>The expression is a path or block that itself yields tuples, merged into the outer ones.</summary>
    public ITupleSource? TupleSource { get; init; }
}
