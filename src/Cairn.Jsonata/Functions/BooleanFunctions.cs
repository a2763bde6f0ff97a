namespace Cairn.Jsonata.Functions;

internal static class BooleanFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
