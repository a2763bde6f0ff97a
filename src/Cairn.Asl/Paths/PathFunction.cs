namespace Cairn.Asl.Paths;

/// <summary>The Jayway functions a path may end with, e.g. <c>$.items.length()</c>.</summary>
internal enum PathFunction
{
    None,
    Length,
    Size,
    Min,
    Max,
    Avg,
    Sum,
    StdDev,
    Keys,
    First,
    Last,
}
