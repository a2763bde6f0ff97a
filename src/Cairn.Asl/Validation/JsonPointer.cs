namespace Cairn.Asl.Validation;

/// <summary>
/// Builds the locations diagnostics carry: JSON pointers from the definition root ("/"), e.g.
/// <c>/States/Check/Choices/0/Next</c>.
/// </summary>
internal static class JsonPointer
{
    public const string Root = "/";

    public static string Child(string parent, string name)
    {
        var escaped = name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
        return parent == Root ? Root + escaped : parent + "/" + escaped;
    }

    public static string Child(string parent, int index) => Child(parent, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
