namespace Cairn.Asl.Paths.Filters;

/// <summary>Where a path inside a filter starts.</summary>
internal enum PathOperandRoot
{
    /// <summary><c>@</c>: the candidate being tested.</summary>
    Current,

    /// <summary><c>$</c>: the document the whole path is evaluated on.</summary>
    Document,

    /// <summary><c>$$</c>: the context object.</summary>
    Context,

    /// <summary><c>$name</c>: a variable.</summary>
    Variable,
}
