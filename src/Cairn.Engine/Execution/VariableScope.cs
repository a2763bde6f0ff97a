using System.Diagnostics.CodeAnalysis;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>
/// Workflow variables visible to a state. Parallel branches and Map iterations get a child scope:
/// they read the outer variables, and what they assign stays inside them.
/// </summary>
public sealed class VariableScope
{
    private readonly VariableScope? _parent;
    private Dictionary<string, JValue>? _variables;

    public VariableScope(VariableScope? parent = null) => _parent = parent;

    public bool TryGet(string name, [NotNullWhen(true)] out JValue? value)
    {
        for (var scope = this; scope is not null; scope = scope._parent)
        {
            if (scope._variables is not null && scope._variables.TryGetValue(name, out value))
            {
                return true;
            }
        }

        value = null;
        return false;
    }

    public void Set(string name, JValue value) => (_variables ??= new Dictionary<string, JValue>(StringComparer.Ordinal))[name] = value;
}
