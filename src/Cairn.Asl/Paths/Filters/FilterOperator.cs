namespace Cairn.Asl.Paths.Filters;

/// <summary>The relational operators Jayway filters support.</summary>
internal enum FilterOperator
{
    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,

    /// <summary><c>=~ /regex/flags</c>: the whole text must match.</summary>
    Matches,

    /// <summary><c>in [..]</c>: the left value is an element of the right array.</summary>
    In,

    /// <summary><c>nin [..]</c>: the left value is not an element of the right array.</summary>
    NotIn,

    /// <summary><c>subsetof [..]</c>: every element of the left array is in the right array.</summary>
    SubsetOf,

    /// <summary><c>anyof [..]</c>: the arrays share at least one element.</summary>
    AnyOf,

    /// <summary><c>noneof [..]</c>: the arrays share no element.</summary>
    NoneOf,

    /// <summary><c>size n</c>: the string or array has n characters or elements.</summary>
    Size,

    /// <summary><c>empty true|false</c>: whether the string, array or object is empty.</summary>
    Empty,

    /// <summary><c>contains x</c>: the string contains the text, or the array contains the element.</summary>
    Contains,
}
