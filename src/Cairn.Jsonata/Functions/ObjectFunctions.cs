namespace Cairn.Jsonata.Functions;

internal static class ObjectFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
