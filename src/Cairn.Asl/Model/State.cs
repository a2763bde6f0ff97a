using Cairn.Asl.Data;
using Cairn.Asl.Paths;

namespace Cairn.Asl.Model;

/// <summary>
/// A compiled state. Fields common to all state types live here; each type adds its own.
/// Transitions are resolved to the target <see cref="State"/> objects when the machine is built.
/// </summary>
public abstract class State
{
    private protected State(StateCommon common)
    {
        Name = common.Name;
        Comment = common.Comment;
        QueryLanguage = common.QueryLanguage;
        NextName = common.Next;
        IsEnd = common.End;
        InputPath = common.InputPath;
        OutputPath = common.OutputPath;
        Assign = common.Assign;
        Jsonata = common.Jsonata;
    }

    public string Name { get; }

    public abstract StateType Type { get; }

    public string? Comment { get; }

    public QueryLanguage QueryLanguage { get; }

    /// <summary>The name of the next state, or null for terminal states.</summary>
    public string? NextName { get; }

    /// <summary>The next state, resolved after all states are built.</summary>
    public State? Next { get; internal set; }

    public bool IsEnd { get; }

    /// <summary>InputPath: <see cref="JsonPath"/> (default <c>$</c>) or null when the definition says null (input becomes <c>{}</c>).</summary>
    public JsonPath? InputPath { get; }

    /// <summary>OutputPath: default <c>$</c>; null means the output is <c>{}</c>.</summary>
    public JsonPath? OutputPath { get; }

    /// <summary>The state's Assign block in a JSONPath state, or null.</summary>
    public PayloadTemplate? Assign { get; }

    /// <summary>Arguments, Output and Assign of a JSONata state; null in a JSONPath state.</summary>
    public JsonataHandling? Jsonata { get; }
}
