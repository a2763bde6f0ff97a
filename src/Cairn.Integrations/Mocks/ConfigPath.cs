namespace Cairn.Integrations.Mocks;

/// <summary>
/// Formats locations inside the mock configuration for error messages. Names that are not plain
/// identifiers (invocation ranges such as <c>1-2</c>, state names with spaces) are quoted so the
/// path stays readable and unambiguous.
/// </summary>
internal static class ConfigPath
{
    public static string Child(string parent, string name)
    {
        var segment = IsPlain(name) ? name : $"'{name}'";
        return parent.Length == 0 ? segment : $"{parent}.{segment}";
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
