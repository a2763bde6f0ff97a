using Cairn.Json;

namespace Cairn.Jsonata.Parsing;

/// <summary>
/// Gives the raw syntax tree its evaluable shape: <c>.</c> chains become paths of steps,
/// predicates become stages of the step they follow, <c>@</c>, <c>#</c>, <c>^(...)</c> and
/// group-by attach to their step, parent references are tied to the step whose input they
/// denote, and calls in tail position of a lambda body are marked.
/// </summary>
/// <remarks>
/// Parent references follow the reference implementation's rules exactly, including where it
/// leaves one unresolved (then <c>%</c> evaluates to nothing rather than failing): a predicate
/// ties a one-level <c>%</c> to its own step and hands deeper ones to the steps before it; a
/// path ties those of its last step to the steps before it, skipping contiguous focus bindings;
/// blocks, constructors, function arguments, conditions, bindings, operators and sort terms pass
/// theirs up to the step they belong to; group-by keys, <c>~&gt;</c> operands, lambda bodies and
/// transforms do not. A reference still pending at the top (or a <c>%</c> where a step cannot
/// have a parent) is S0217.
/// </remarks>
internal sealed class PostProcessor
{
    private int _ancestorCount;

    private PostProcessor()
    {
    }

    public static AstNode Process(AstNode root)
    {
        var processor = new PostProcessor();
        var result = processor.Visit(root);
        if (result.Kind == AstKind.Parent || result.SeekingParent is not null)
        {
            throw JsonataErrors.Create("S0217", result.Position, KindName(result));
        }

        return result;
    }

    private AstNode Visit(AstNode node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node.Kind)
        {
            case AstKind.Binary:
                return KeepArray(node, node.Value switch
                {
                    "." => VisitPath(node),
                    "[" => VisitPredicate(node),
                    "{" => VisitGroup(node),
                    "@" => VisitFocus(node),
                    "#" => VisitIndex(node),
                    _ => VisitOperands(node),
                });
            case AstKind.Sort:
                return KeepArray(node, VisitSort(node));
            case AstKind.Name:
            {
                var path = AstNode.Path(node);
                path.KeepSingletonArray = node.KeepArray;
                return path;
            }

            case AstKind.Parent:
                node.Slot = new AncestorSlot("!" + _ancestorCount++, node.Position);
                return node;
            case AstKind.Negate:
            {
                node.Lhs = Visit(node.Lhs!);
                if (node.Lhs.Kind == AstKind.Number && node.Lhs.Literal is JNumber n)
                {
                    return new AstNode(AstKind.Number, node.Position, "-" + node.Lhs.Value) { Literal = Values.Numbers.From(-n.DoubleValue) };
                }

                PushAncestry(node, node.Lhs);
                return node;
            }

            case AstKind.ArrayConstructor:
            case AstKind.Block:
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    node.Items[i] = Visit(node.Items[i]);
                    PushAncestry(node, node.Items[i]);
                }

                return node;
            case AstKind.ObjectConstructor:
                VisitPairs(node, pushAncestry: true);
                return node;
            case AstKind.FunctionCall:
            case AstKind.PartialApplication:
                // A parent reference as the procedure is not tied to a step; it is simply not a function.
                node.Lhs = Visit(node.Lhs!);
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    node.Items[i] = Visit(node.Items[i]);
                    PushAncestry(node, node.Items[i]);
                }

                return node;
            case AstKind.Lambda:
                node.Body = Visit(node.Body!);
                MarkTailCalls(node.Body);
                return node;
            case AstKind.Condition:
                node.Condition = Visit(node.Condition!);
                PushAncestry(node, node.Condition);
                node.Then = Visit(node.Then!);
                PushAncestry(node, node.Then);
                if (node.Else is not null)
                {
                    node.Else = Visit(node.Else);
                    PushAncestry(node, node.Else);
                }

                return node;
            case AstKind.Transform:
                node.Lhs = Visit(node.Lhs!);
                node.Rhs = Visit(node.Rhs!);
                if (node.Else is not null)
                {
                    node.Else = Visit(node.Else);
                }

                return node;
            case AstKind.Bind:
                node.Rhs = Visit(node.Rhs!);
                PushAncestry(node, node.Rhs);
                return node;
            case AstKind.Apply:
                // The reference passes no parent reference out of either side of ~>.
                node.Lhs = Visit(node.Lhs!);
                node.Rhs = Visit(node.Rhs!);
                return node;
            case AstKind.Coalesce:
            case AstKind.Default:
                return VisitOperands(node);
            default:
                return node;
        }
    }

    // The [] marker on a node this pass replaces carries over to its replacement.
    private static AstNode KeepArray(AstNode original, AstNode result)
    {
        if (original.KeepArray && !ReferenceEquals(original, result))
        {
            if (result.Kind == AstKind.Path)
            {
                result.KeepSingletonArray = true;
            }
            else
            {
                result.KeepArray = true;
            }
        }

        return result;
    }

    private AstNode VisitOperands(AstNode node)
    {
        node.Lhs = Visit(node.Lhs!);
        PushAncestry(node, node.Lhs);
        node.Rhs = Visit(node.Rhs!);
        PushAncestry(node, node.Rhs);
        return node;
    }

    private void VisitPairs(AstNode owner, bool pushAncestry)
    {
        var pairs = owner.Pairs!;
        for (var i = 0; i < pairs.Count; i++)
        {
            var key = Visit(pairs[i].Key);
            var value = Visit(pairs[i].Value);
            pairs[i] = (key, value);
            if (pushAncestry)
            {
                PushAncestry(owner, key);
                PushAncestry(owner, value);
            }
        }
    }

    private AstNode VisitPath(AstNode node)
    {
        var left = Visit(node.Lhs!);
        var path = AsPath(left);
        if (left.Kind == AstKind.Parent)
        {
            path.SeekingParent = [left.Slot!];
        }

        var right = Visit(node.Rhs!);
        if (right.Kind == AstKind.Path)
        {
            // As in the reference, what the right-hand path still seeks is not carried over.
            path.Items!.AddRange(right.Items!);
            if (right.KeepSingletonArray)
            {
                path.KeepSingletonArray = true;
            }
        }
        else
        {
            StagesFromPredicates(right);
            path.Items!.Add(right);
        }

        var steps = path.Items!;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            switch (step.Kind)
            {
                case AstKind.String:
                    step.Kind = AstKind.Name;
                    break;
                case AstKind.Number or AstKind.Value:
                    throw JsonataErrors.Create("S0213", step.Position, step.Value, value: step.Literal);
            }
        }

        foreach (var step in steps)
        {
            if (step.KeepArray)
            {
                path.KeepSingletonArray = true;
            }
        }

        if (steps[0].Kind == AstKind.ArrayConstructor)
        {
            steps[0].ConsArray = true;
        }

        if (steps[^1].Kind == AstKind.ArrayConstructor)
        {
            steps[^1].ConsArray = true;
        }

        ResolveAncestry(path);
        return path;
    }

    private static AstNode AsPath(AstNode node)
    {
        if (node.Kind == AstKind.Path)
        {
            return node;
        }

        StagesFromPredicates(node);
        var path = AstNode.Path(node);
        path.KeepSingletonArray = node.KeepArray;
        return path;
    }

    private static void StagesFromPredicates(AstNode step)
    {
        if (step.Predicates is null)
        {
            return;
        }

        step.Stages ??= [];
        foreach (var predicate in step.Predicates)
        {
            step.Stages.Add(new Stage(predicate, null, predicate.Position));
        }

        step.Predicates = null;
    }

    private AstNode VisitPredicate(AstNode node)
    {
        var result = Visit(node.Lhs!);
        var isPath = result.Kind == AstKind.Path;
        var step = isPath ? result.Items![^1] : result;
        if (step.Group is not null)
        {
            throw JsonataErrors.Create("S0209", node.Position);
        }

        var predicate = Visit(node.Rhs!);
        if (predicate.SeekingParent is { } seeking)
        {
            // One level up from inside a predicate is the input of the predicated step itself;
            // deeper references are left to the steps before it.
            var count = seeking.Count;
            for (var i = 0; i < count; i++)
            {
                var slot = seeking[i];
                if (slot.Level == 1)
                {
                    SeekParent(step, slot);
                }
                else
                {
                    slot.Level--;
                }
            }

            PushAncestry(step, predicate);
        }

        if (isPath)
        {
            step.Stages ??= [];
            step.Stages.Add(new Stage(predicate, null, node.Position));
        }
        else
        {
            step.Predicates ??= [];
            step.Predicates.Add(predicate);
        }

        return result;
    }

    private AstNode VisitGroup(AstNode node)
    {
        var result = Visit(node.Lhs!);
        if (result.Group is not null)
        {
            throw JsonataErrors.Create("S0210", node.Position);
        }

        // The reference ties no parent reference in a group-by to a step: there % is nothing.
        var group = new AstNode(AstKind.ObjectConstructor, node.Position, "{") { Pairs = node.Pairs };
        result.Group = group;
        VisitPairs(group, pushAncestry: false);
        return result;
    }

    private AstNode VisitFocus(AstNode node)
    {
        var result = Visit(node.Lhs!);
        var step = result.Kind == AstKind.Path ? result.Items![^1] : result;
        if (step.Stages is { Count: > 0 } || step.Predicates is { Count: > 0 })
        {
            throw JsonataErrors.Create("S0215", node.Position, "@");
        }

        if (step.Kind == AstKind.Sort)
        {
            throw JsonataErrors.Create("S0216", node.Position, "@");
        }

        step.Focus = node.Rhs!.Value;
        step.Tuple = true;
        return result;
    }

    private AstNode VisitIndex(AstNode node)
    {
        var result = AsPath(Visit(node.Lhs!));
        var step = result.Items![^1];
        if (step.Stages is null or { Count: 0 })
        {
            step.Index = node.Rhs!.Value;
        }
        else
        {
            step.Stages.Add(new Stage(null, node.Rhs!.Value, node.Position));
        }

        step.Tuple = true;
        return result;
    }

    private AstNode VisitSort(AstNode node)
    {
        var result = AsPath(Visit(node.Lhs!));
        var sort = new AstNode(AstKind.Sort, node.Position, "^") { Terms = [] };
        foreach (var term in node.Terms!)
        {
            var expression = Visit(term.Expression);
            PushAncestry(sort, expression);
            sort.Terms.Add(term with { Expression = expression });
        }

        result.Items!.Add(sort);
        ResolveAncestry(result);
        return result;
    }

    /// <summary>
    /// Ties the parent references of the path's last step (and the last step itself, when it is
    /// a <c>%</c>) to the steps before it; contiguous steps that bind a focus count as one. What
    /// the path cannot satisfy is left pending on the path.
    /// </summary>
    private static void ResolveAncestry(AstNode path)
    {
        var steps = path.Items!;
        var last = steps[^1];
        var slots = last.SeekingParent ?? [];
        if (last.Kind == AstKind.Parent)
        {
            slots.Add(last.Slot!);
        }

        for (var s = 0; s < slots.Count; s++)
        {
            var slot = slots[s];
            var index = steps.Count - 2;
            while (slot.Level > 0)
            {
                if (index < 0)
                {
                    (path.SeekingParent ??= []).Add(slot);
                    break;
                }

                var step = steps[index--];
                while (index >= 0 && step.Focus is not null && steps[index].Focus is not null)
                {
                    step = steps[index--];
                }

                SeekParent(step, slot);
            }
        }
    }

    /// <summary>Walks <paramref name="slot"/> up through <paramref name="node"/>: a name or wildcard step is one level.</summary>
    private static void SeekParent(AstNode node, AncestorSlot slot)
    {
        switch (node.Kind)
        {
            case AstKind.Name:
            case AstKind.Wildcard:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (node.Ancestor is null)
                    {
                        node.Ancestor = slot;
                    }
                    else
                    {
                        // Another % already reads this step's input: share its label.
                        slot.Label = node.Ancestor.Label;
                        node.Ancestor = slot;
                    }

                    node.Tuple = true;
                }

                break;
            case AstKind.Parent:
                slot.Level++;
                break;
            case AstKind.Block:
                if (node.Items!.Count > 0)
                {
                    node.Tuple = true;
                    SeekParent(node.Items[^1], slot);
                }

                break;
            case AstKind.Path:
            {
                node.Tuple = true;
                var steps = node.Items!;
                var index = steps.Count - 1;
                SeekParent(steps[index--], slot);
                while (slot.Level > 0 && index >= 0)
                {
                    SeekParent(steps[index--], slot);
                }

                break;
            }

            default:
                throw JsonataErrors.Create("S0217", node.Position, KindName(node));
        }
    }

    private static string KindName(AstNode node) => node.Kind switch
    {
        AstKind.Variable => "variable",
        AstKind.ObjectConstructor or AstKind.ArrayConstructor or AstKind.Negate => "unary",
        AstKind.FunctionCall => "function",
        AstKind.Block => "block",
        _ => node.Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Passes the parent references <paramref name="value"/> still seeks (or <paramref name="value"/> itself, a <c>%</c>) on to <paramref name="target"/>.</summary>
    private static void PushAncestry(AstNode target, AstNode value)
    {
        if (value.SeekingParent is null && value.Kind != AstKind.Parent)
        {
            return;
        }

        var slots = value.SeekingParent ?? [];
        if (value.Kind == AstKind.Parent)
        {
            slots.Add(value.Slot!);
        }

        if (target.SeekingParent is null)
        {
            target.SeekingParent = slots;
        }
        else
        {
            target.SeekingParent.AddRange(slots);
        }
    }

    private static void MarkTailCalls(AstNode body)
    {
        switch (body.Kind)
        {
            case AstKind.FunctionCall when body.Predicates is null && body.Group is null && !body.KeepArray:
                body.IsTailCall = true;
                break;
            case AstKind.Condition:
                MarkTailCalls(body.Then!);
                if (body.Else is not null)
                {
                    MarkTailCalls(body.Else);
                }

                break;
            case AstKind.Block when body.Items!.Count > 0:
                MarkTailCalls(body.Items[^1]);
                break;
        }
    }
}
