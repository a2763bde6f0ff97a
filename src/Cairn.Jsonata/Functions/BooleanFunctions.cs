using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's boolean functions, casting with <see cref="Truthiness"/>.</summary>
internal static class BooleanFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("boolean", "<x-:b>", (_, a) => a.At(0) is { } value ? JBool.From(Truthiness.IsTrue(value)) : null);
        table.Add("not", "<x-:b>", (_, a) => a.At(0) is { } value ? JBool.From(!Truthiness.IsTrue(value)) : null);
        table.Add("exists", "<x:b>", (_, a) => JBool.From(a.At(0) is not null));
    }
}
