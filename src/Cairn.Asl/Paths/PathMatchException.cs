namespace Cairn.Asl.Paths;

/// <summary>A reference path could not be applied to a document (ResultPath into a non-object, ...).</summary>
public sealed class PathMatchException : Exception
{
    public PathMatchException(string message)
        : base(message)
    {
    }
}
