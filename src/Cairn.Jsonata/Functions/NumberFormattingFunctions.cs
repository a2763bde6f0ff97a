namespace Cairn.Jsonata.Functions;

internal static class NumberFormattingFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
