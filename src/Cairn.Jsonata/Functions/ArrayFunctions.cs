namespace Cairn.Jsonata.Functions;

internal static class ArrayFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
