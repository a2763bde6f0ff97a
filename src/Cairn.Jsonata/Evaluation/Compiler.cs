using System.Runtime.CompilerServices;
using Cairn.Json;
using Cairn.Jsonata.Parsing;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// Turns the post-processed syntax tree into evaluator nodes, once per expression. Each node
/// records its nesting depth within its lambda body, which the depth limit counts.
/// </summary>
internal static class Compiler
{
    public static Node Compile(AstNode root) => Visit(root, 1);

    private static Node Visit(AstNode ast, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var node = Core(ast, depth);
        if (ast.Kind != AstKind.Path)
        {
            if (ast.Predicates is { Count: > 0 } predicates)
            {
                node = new FilteredNode(ast.Position, node, VisitAll(predicates, depth + 1));
            }

            if (ast.Group is not null)
            {
                node = new GroupedNode(ast.Position, node, Pairs(ast.Group, depth + 1));
            }

            if (ast.KeepArray)
            {
                switch (node)
                {
                    case FilteredNode filtered:
                        filtered.KeepSingleton = true;
                        break;
                    case FunctionCallNode call:
                        call.KeepSingleton = true;
                        break;
                    case VariableNode variable:
                        variable.KeepSingleton = true;
                        break;
                    default:
                        node = new KeepArrayNode(ast.Position, node);
                        break;
                }
            }
        }

        node.Depth = depth;
        return node;
    }

    private static Node[] VisitAll(List<AstNode> nodes, int depth)
    {
        var result = new Node[nodes.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Visit(nodes[i], depth);
        }

        return result;
    }

    private static (Node Key, Node Value)[] Pairs(AstNode objectNode, int depth)
    {
        var pairs = objectNode.Pairs!;
        var result = new (Node, Node)[pairs.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (Visit(pairs[i].Key, depth), Visit(pairs[i].Value, depth));
        }

        return result;
    }

    private static Node Core(AstNode ast, int depth)
    {
        var position = ast.Position;
        var next = depth + 1;
        switch (ast.Kind)
        {
            case AstKind.String:
            case AstKind.Number:
            case AstKind.Value:
                return new LiteralNode(position, ast.Literal!);
            case AstKind.Name:
                return new NameNode(position, ast.Value);
            case AstKind.Variable:
                return ast.Value.Length == 0 ? new ContextNode(position) : new VariableNode(position, ast.Value);
            case AstKind.Regex:
                return new RegexNode(position, CreateRegex(ast));
            case AstKind.Wildcard:
                return new WildcardNode(position);
            case AstKind.Descendant:
                return new DescendantNode(position);
            case AstKind.Parent:
                return new ParentNode(position, ast.Slot!);
            case AstKind.Path:
                return CompilePath(ast, depth);
            case AstKind.Negate:
                return new NegateNode(position, Visit(ast.Lhs!, next));
            case AstKind.ArrayConstructor:
            {
                var items = ast.Items!;
                var nodes = new Node[items.Count];
                var nested = new bool[items.Count];
                for (var i = 0; i < nodes.Length; i++)
                {
                    nodes[i] = Visit(items[i], next);
                    nested[i] = items[i].Kind == AstKind.ArrayConstructor;
                }

                return new ArrayConstructorNode(position, nodes, nested, ast.ConsArray);
            }

            case AstKind.ObjectConstructor:
                return new ObjectConstructorNode(position, Pairs(ast, next));
            case AstKind.Binary:
                return Binary(ast, next);
            case AstKind.Condition:
                return new ConditionNode(position, Visit(ast.Condition!, next), Visit(ast.Then!, next), ast.Else is null ? null : Visit(ast.Else, next));
            case AstKind.Coalesce:
                return new CoalesceNode(position, Visit(ast.Lhs!, next), Visit(ast.Rhs!, next));
            case AstKind.Default:
                return new DefaultNode(position, Visit(ast.Lhs!, next), Visit(ast.Rhs!, next));
            case AstKind.Block:
                return new BlockNode(position, VisitAll(ast.Items!, next), ContainsBinding(ast));
            case AstKind.Bind:
                return new BindNode(position, ast.Lhs!.Value, Visit(ast.Rhs!, next));
            case AstKind.Apply:
                return new ApplyNode(position, Visit(ast.Lhs!, next), Visit(ast.Rhs!, next));
            case AstKind.Lambda:
                return new LambdaNode(position, ast.Parameters!.ToArray(), ast.Signature, Visit(ast.Body!, 0));
            case AstKind.FunctionCall:
            {
                var (name, bareName) = ProcedureName(ast.Lhs!);
                return new FunctionCallNode(position, Visit(ast.Lhs!, next), VisitAll(ast.Items!, next), ast.IsTailCall, name, bareName);
            }

            case AstKind.PartialApplication:
            {
                var (_, bareName) = ProcedureName(ast.Lhs!);
                var arguments = new Node?[ast.Items!.Count];
                for (var i = 0; i < arguments.Length; i++)
                {
                    arguments[i] = ast.Items[i].Kind == AstKind.Placeholder ? null : Visit(ast.Items[i], next);
                }

                return new PartialApplicationNode(position, Visit(ast.Lhs!, next), arguments, bareName);
            }

            case AstKind.Transform:
                return new TransformNode(position, Visit(ast.Lhs!, next), Visit(ast.Rhs!, next), ast.Else is null ? null : Visit(ast.Else, next));
            case AstKind.Sort:
                // An order-by outside a path is wrapped into one by the post-processor; reaching here means a lone step.
                return CompilePath(AstNode.Path(ast), depth);
            default:
                throw JsonataErrors.Create("S0206", position, ast.Value);
        }
    }

    private static Node Binary(AstNode ast, int depth)
    {
        var left = Visit(ast.Lhs!, depth);
        var right = Visit(ast.Rhs!, depth);
        var position = ast.Position;
        return ast.Value switch
        {
            "+" or "-" or "*" or "/" or "%" => new ArithmeticNode(position, ast.Value, left, right),
            "<" or "<=" or ">" or ">=" => new ComparisonNode(position, ast.Value, left, right),
            "=" => new EqualityNode(position, false, left, right),
            "!=" => new EqualityNode(position, true, left, right),
            "and" => new BooleanNode(position, true, left, right),
            "or" => new BooleanNode(position, false, left, right),
            "&" => new ConcatNode(position, left, right),
            "in" => new InNode(position, left, right),
            ".." => new RangeNode(position, left, right),
            _ => throw JsonataErrors.Create("S0204", position, ast.Value),
        };
    }

    private static PathNode CompilePath(AstNode ast, int depth)
    {
        var steps = ast.Items!;
        var compiled = new Step[steps.Count];
        for (var i = 0; i < compiled.Length; i++)
        {
            compiled[i] = CompileStep(steps[i], i, depth + 1);
        }

        var group = ast.Group is null ? null : Pairs(ast.Group, depth + 1);
        return new PathNode(ast.Position, compiled, ast.KeepSingletonArray, group);
    }

    private static Step CompileStep(AstNode step, int index, int depth)
    {
        var stages = new StepStage[step.Stages?.Count ?? 0];
        var tuple = step.Tuple || step.Focus is not null || step.Index is not null || step.Ancestor is not null;
        for (var i = 0; i < stages.Length; i++)
        {
            var stage = step.Stages![i];
            stages[i] = stage.Filter is null
                ? new StepStage(null, stage.IndexVariable)
                : new StepStage(Visit(stage.Filter, depth + 1), null);
            tuple |= stage.IndexVariable is not null;
        }

        if (step.Kind == AstKind.Sort)
        {
            var terms = new SortKey[step.Terms!.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = new SortKey(Visit(step.Terms[i].Expression, depth + 1), step.Terms[i].Descending);
            }

            return new Step(null, stages) { SortTerms = terms, Index = step.Index, Tuple = tuple };
        }

        // The step's own predicates became stages; compile the bare expression.
        var keepArray = step.KeepArray;
        step.KeepArray = false;
        var expression = Visit(step, depth);
        step.KeepArray = keepArray;
        return new Step(expression, stages)
        {
            Focus = step.Focus,
            Index = step.Index,
            AncestorLabel = step.Ancestor?.Label,
            Tuple = tuple,
            ConsArrayFirst = index == 0 && step.ConsArray && step.Kind == AstKind.ArrayConstructor,
            TupleSource = step.Tuple && step.Kind is AstKind.Block or AstKind.Path ? expression as ITupleSource : null,
        };
    }

    private static (string? Name, string? BareName) ProcedureName(AstNode procedure) => procedure switch
    {
        { Kind: AstKind.Variable } => (procedure.Value, null),
        { Kind: AstKind.Path, Items: [{ Kind: AstKind.Name } only] } => (only.Value, only.Value),
        _ => (null, null),
    };

    private static JsonataRegex CreateRegex(AstNode ast)
    {
        try
        {
            return JsonataRegex.Create(ast.Value, ast.RegexFlags ?? string.Empty);
        }
        catch (JsonataException e) when (e.Position < 0)
        {
            throw new JsonataException(e.Code, e.Message, ast.Position, e.Token, e.Value);
        }
    }

    private static bool ContainsBinding(AstNode ast)
    {
        if (ast.Kind == AstKind.Bind)
        {
            return true;
        }

        if (ast.Kind == AstKind.Lambda)
        {
            return false;
        }

        foreach (var child in Children(ast))
        {
            if (ContainsBinding(child))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<AstNode> Children(AstNode ast)
    {
        if (ast.Lhs is not null) yield return ast.Lhs;
        if (ast.Rhs is not null) yield return ast.Rhs;
        if (ast.Condition is not null) yield return ast.Condition;
        if (ast.Then is not null) yield return ast.Then;
        if (ast.Else is not null) yield return ast.Else;
        if (ast.Items is not null)
        {
            foreach (var item in ast.Items) yield return item;
        }

        if (ast.Pairs is not null)
        {
            foreach (var (key, value) in ast.Pairs)
            {
                yield return key;
                yield return value;
            }
        }

        if (ast.Stages is not null)
        {
            foreach (var stage in ast.Stages)
            {
                if (stage.Filter is not null) yield return stage.Filter;
            }
        }

        if (ast.Predicates is not null)
        {
            foreach (var predicate in ast.Predicates) yield return predicate;
        }

        if (ast.Group is not null) yield return ast.Group;
        if (ast.Terms is not null)
        {
            foreach (var term in ast.Terms) yield return term.Expression;
        }
    }
}
