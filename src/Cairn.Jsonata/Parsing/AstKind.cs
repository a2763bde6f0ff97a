namespace Cairn.Jsonata.Parsing;

internal enum AstKind : byte
{
    Name,
    Variable,
    String,
    Number,

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Value,
    Regex,
    Wildcard,
    Descendant,
    Parent,
    Path,

    /// <summary>A binary operator in <see cref="AstNode.Value"/>; during parsing also <c>.</c>, <c>[</c>, <c>{</c>, <c>@</c> and <c>#</c>.</summary>
    Binary,
    Negate,
    ArrayConstructor,
    ObjectConstructor,
    Sort,
    FunctionCall,
    PartialApplication,
    Placeholder,
    Lambda,
    Condition,
    Coalesce,
    Default,
    Block,
    Bind,
    Apply,
    Transform,
}
