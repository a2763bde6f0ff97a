namespace Cairn.Jsonata.Functions;

internal static class AggregateFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
