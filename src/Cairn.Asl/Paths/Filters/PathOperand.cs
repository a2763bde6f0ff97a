using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>A path inside a filter, e.g. <c>@.price</c> or <c>$.limit</c>; indefinite paths yield the array of matches.</summary>
internal sealed class PathOperand : FilterOperand
{
    private readonly PathOperandRoot _root;
    private readonly string? _variableName;
    private readonly CompiledPath _path;

    public PathOperand(PathOperandRoot root, string? variableName, CompiledPath path)
    {
        _root = root;
        _variableName = variableName;
        _path = path;
    }

    public override bool TryResolve(JValue current, in PathEnvironment environment, out JValue value)
    {
        if (!TryGetStart(current, environment, out var start))
        {
            value = JNull.Instance;
            return false;
        }

        return _path.TryEvaluate(start, environment, out value);
    }

    public bool Exists(JValue current, in PathEnvironment environment)
    {
        if (!TryResolve(current, environment, out var value))
        {
            return false;
        }

        return _path.IsDefinite || value is JArray { Count: > 0 };
    }

    private bool TryGetStart(JValue current, in PathEnvironment environment, out JValue start)
    {
        switch (_root)
        {
            case PathOperandRoot.Current:
                start = current;
                return true;
            case PathOperandRoot.Document:
                start = environment.Document;
                return true;
            case PathOperandRoot.Context:
                start = environment.Scope.ContextObject;
                return true;
            default:
                if (environment.Scope.TryGetVariable(_variableName!, out var variable))
                {
                    start = variable;
                    return true;
                }

                start = JNull.Instance;
                return false;
        }
    }
}
