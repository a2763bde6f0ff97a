using Cairn.Json;

namespace Cairn.Jsonata.Parsing;

/// <summary>
/// A node of the syntax tree. The parser fills it and the post-processing pass rewrites it into
/// its final shape (paths of steps with stages, bindings and groups) before it is compiled.
/// </summary>
internal sealed class AstNode
{
    public AstNode(AstKind kind, int position, string value = "")
    {
        Kind = kind;
        Position = position;
        Value = value;
    }

    public AstKind Kind { get; set; }

    /// <summary>The name, variable name (without <c>$</c>) or operator.</summary>
    public string Value { get; set; }

    public int Position { get; }

    public JValue? Literal { get; set; }

    public AstNode? Lhs { get; set; }

    public AstNode? Rhs { get; set; }

    /// <summary>Array constructor items, block expressions, call arguments or path steps.</summary>
    public List<AstNode>? Items { get; set; }

    /// <summary>Object constructor and group-by members.</summary>
    public List<(AstNode Key, AstNode Value)>? Pairs { get; set; }

    public List<SortTerm>? Terms { get; set; }

    /// <summary>Predicates and index bindings of a path step, applied to each input's results.</summary>
    public List<Stage>? Stages { get; set; }

    /// <summary>Predicates of an expression that is not a path step, applied to its whole result.</summary>
    public List<AstNode>? Predicates { get; set; }

    /// <summary>The group-by object <c>{...}</c> attached to a step or path.</summary>
    public AstNode? Group { get; set; }

    public bool KeepArray { get; set; }

    public bool ConsArray { get; set; }

    public bool KeepSingletonArray { get; set; }

    /// <summary>The step (or path) works on tuples of bindings rather than plain values.</summary>
    public bool Tuple { get; set; }

    public string? Focus { get; set; }

    public string? Index { get; set; }

    public AncestorSlot? Ancestor { get; set; }

    /// <summary>Parent references inside this expression not yet tied to a step (null when it never had any).</summary>
    public List<AncestorSlot>? SeekingParent { get; set; }

    /// <summary>For a parent operator: the slot it reads.</summary>
    public AncestorSlot? Slot { get; set; }

    public List<string>? Parameters { get; set; }

    public Signatures.Signature? Signature { get; set; }

    public AstNode? Body { get; set; }

    /// <summary>A function call in tail position of a lambda body.</summary>
    public bool IsTailCall { get; set; }

    public AstNode? Condition { get; set; }

    public AstNode? Then { get; set; }

    public AstNode? Else { get; set; }

    public string? RegexFlags { get; set; }

    public static AstNode Path(AstNode firstStep) => new(AstKind.Path, firstStep.Position) { Items = [firstStep] };
}
