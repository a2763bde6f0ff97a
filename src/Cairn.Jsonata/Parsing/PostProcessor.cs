using Cairn.Json;

namespace Cairn.Jsonata.Parsing;

/// <summary>
/// Gives the raw syntax tree its evaluable shape: <c>.</c> chains become paths of steps,
/// predicates become stages of the step they follow, <c>@</c>, <c>#</c>, <c>^(...)</c> and
/// group-by attach to their step, parent references are tied to the step whose input they
/// denote, and calls in tail position of a lambda body are marked.
/// </summary>
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
        if (result.SeekingParent is { Count: > 0 } || result.StageSeekingParent is { Count: > 0 })
        {
            var slot = result.SeekingParent is { Count: > 0 } ? result.SeekingParent[0] : result.StageSeekingParent![0];
            throw JsonataErrors.Create("S0217", slot.Position, "parent");
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
                node.SeekingParent = [node.Slot];
                return node;
            case AstKind.Negate:
            {
                node.Lhs = Visit(node.Lhs!);
                if (node.Lhs.Kind == AstKind.Number && node.Lhs.Literal is JNumber n)
                {
                    return new AstNode(AstKind.Number, node.Position, "-" + node.Lhs.Value) { Literal = Values.Numbers.From(-n.DoubleValue) };
                }

                Inherit(node, node.Lhs);
                return node;
            }

            case AstKind.ArrayConstructor:
            case AstKind.Block:
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    node.Items[i] = Visit(node.Items[i]);
                    Inherit(node, node.Items[i]);
                }

                return node;
            case AstKind.ObjectConstructor:
                VisitPairs(node, node);
                return node;
            case AstKind.FunctionCall:
            case AstKind.PartialApplication:
                // A parent reference as the procedure is not tied to a step; it is simply not a function.
                node.Lhs = Visit(node.Lhs!);
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    node.Items[i] = Visit(node.Items[i]);
                    Inherit(node, node.Items[i]);
                }

                return node;
            case AstKind.Lambda:
                node.Body = Visit(node.Body!);
                MarkTailCalls(node.Body);
                return node;
            case AstKind.Condition:
                node.Condition = Visit(node.Condition!);
                node.Then = Visit(node.Then!);
                Inherit(node, node.Condition);
                Inherit(node, node.Then);
                if (node.Else is not null)
                {
                    node.Else = Visit(node.Else);
                    Inherit(node, node.Else);
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
                Inherit(node, node.Rhs);
                return node;
            case AstKind.Apply:
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
        node.Rhs = Visit(node.Rhs!);
        Inherit(node, node.Lhs);
        Inherit(node, node.Rhs);
        return node;
    }

    private void VisitPairs(AstNode owner, AstNode slotsTarget)
    {
        var pairs = owner.Pairs!;
        for (var i = 0; i < pairs.Count; i++)
        {
            var key = Visit(pairs[i].Key);
            var value = Visit(pairs[i].Value);
            pairs[i] = (key, value);
            Inherit(slotsTarget, key);
            Inherit(slotsTarget, value);
        }
    }

    private AstNode VisitPath(AstNode node)
    {
        var left = Visit(node.Lhs!);
        var path = AsPath(left);
        var right = Visit(node.Rhs!);
        var first = path.Items!.Count;
        if (right.Kind == AstKind.Path)
        {
            path.Items.AddRange(right.Items!);
            Inherit(path, right);
            if (right.KeepSingletonArray)
            {
                path.KeepSingletonArray = true;
            }
        }
        else
        {
            StagesFromPredicates(right);
            path.Items.Add(right);
        }

        var steps = path.Items;
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

        for (var i = first; i < steps.Count; i++)
        {
            ResolveStep(path, i);
        }

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
        ResolveStep(path, 0);
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
        if (isPath)
        {
            step.Stages ??= [];
            step.Stages.Add(new Stage(predicate, null, node.Position));
            InheritAsStage(step, predicate);
            ResolveStep(result, result.Items!.Count - 1);
        }
        else
        {
            step.Predicates ??= [];
            step.Predicates.Add(predicate);
            InheritAsStage(step, predicate);
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

        var group = new AstNode(AstKind.ObjectConstructor, node.Position, "{") { Pairs = node.Pairs };
        result.Group = group;
        if (result.Kind == AstKind.Path)
        {
            var last = result.Items![^1];
            VisitPairs(group, group);
            InheritAsStage(last, group);
            ResolveStep(result, result.Items.Count - 1);
        }
        else
        {
            VisitPairs(group, group);
            InheritAsStage(result, group);
        }

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
            Inherit(sort, expression);
            sort.Terms.Add(term with { Expression = expression });
        }

        result.Items!.Add(sort);
        ResolveStep(result, result.Items.Count - 1);
        return result;
    }

    /// <summary>Ties the parent references pending on step <paramref name="index"/> to earlier steps; the rest move to the path.</summary>
    private static void ResolveStep(AstNode path, int index)
    {
        var step = path.Items![index];
        if (step.SeekingParent is { Count: > 0 } own)
        {
            step.SeekingParent = null;
            foreach (var slot in own)
            {
                Seek(path, index - 1, slot);
            }
        }

        if (step.StageSeekingParent is { Count: > 0 } staged)
        {
            step.StageSeekingParent = null;
            foreach (var slot in staged)
            {
                Seek(path, index, slot);
            }
        }
    }

    private static void Seek(AstNode path, int index, AncestorSlot slot)
    {
        var steps = path.Items!;
        while (slot.Level > 0)
        {
            if (index < 0)
            {
                (path.SeekingParent ??= []).Add(slot);
                return;
            }

            SeekInStep(steps[index--], slot);
        }
    }

    private static void SeekInStep(AstNode step, AncestorSlot slot)
    {
        switch (step.Kind)
        {
            case AstKind.Name:
            case AstKind.Wildcard:
                slot.Level--;
                if (slot.Level == 0)
                {
                    if (step.Ancestor is null)
                    {
                        step.Ancestor = slot;
                    }
                    else
                    {
                        slot.Label = step.Ancestor.Label;
                    }

                    step.Tuple = true;
                }

                break;
            case AstKind.Parent:
                slot.Level++;
                break;
            case AstKind.Sort:
                break;
            case AstKind.Block when step.Items!.Count > 0:
                step.Tuple = true;
                SeekInStep(step.Items[^1], slot);
                break;
            case AstKind.Path:
            {
                step.Tuple = true;
                var steps = step.Items!;
                for (var i = steps.Count - 1; i >= 0 && slot.Level > 0; i--)
                {
                    SeekInStep(steps[i], slot);
                }

                break;
            }

            default:
                throw JsonataErrors.Create("S0217", step.Position, KindName(step));
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

    private static void Inherit(AstNode target, AstNode source)
    {
        if (source.SeekingParent is { Count: > 0 })
        {
            (target.SeekingParent ??= []).AddRange(source.SeekingParent);
        }

        if (source.StageSeekingParent is { Count: > 0 } && source.Kind != AstKind.Path)
        {
            (target.SeekingParent ??= []).AddRange(source.StageSeekingParent);
        }
    }

    private static void InheritAsStage(AstNode step, AstNode source)
    {
        if (source.SeekingParent is { Count: > 0 })
        {
            (step.StageSeekingParent ??= []).AddRange(source.SeekingParent);
        }

        if (source.StageSeekingParent is { Count: > 0 })
        {
            (step.StageSeekingParent ??= []).AddRange(source.StageSeekingParent);
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
