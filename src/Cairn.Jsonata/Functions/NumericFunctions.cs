namespace Cairn.Jsonata.Functions;

internal static class NumericFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
