namespace Cairn.Jsonata.Functions;

internal static class DateTimeFunctions
{
    public static void Register(FunctionTable table)
    {
    }
}
