namespace Cairn.Jsonata.Functions;

internal static class StringFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
