namespace Cairn.Jsonata.Functions;

internal static class HigherOrderFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
