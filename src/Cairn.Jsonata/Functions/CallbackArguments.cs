using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// The arguments a higher-order function passes to its function argument: always the value, then
/// the index (or key) and the whole array (or object) only when the function declares that many
/// parameters, as JSONata does.
/// </summary>
internal static class CallbackArguments
{
    public static JValue?[] For(JValue function, JValue value, JValue position, JValue whole) => Arity(function) switch
    {
        >= 3 => [value, position, whole],
        2 => [value, position],
        _ => [value],
    };

    public static int Arity(JValue function) => function switch
    {
        // $string's second parameter (prettify) is optional and is not offered the index, so $map(xs, $string) casts each value.
        BuiltinFunction { Name: "string" } => 1,
        JsonataFunction f => f.Arity,
        _ => 1,
    };
}
