using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>Reading a built-in's arguments: a missing optional argument and an undefined one are both null.</summary>
internal static class FunctionArguments
{
    public static JValue? At(this JValue?[] arguments, int index) => index < arguments.Length ? arguments[index] : null;

    public static string? StringAt(this JValue?[] arguments, int index) => arguments.At(index) is JString s ? s.Value : null;

    public static double? NumberAt(this JValue?[] arguments, int index) => arguments.At(index) is JNumber n ? n.DoubleValue : null;
}
