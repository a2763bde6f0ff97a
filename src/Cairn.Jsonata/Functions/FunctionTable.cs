using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>The built-in functions, by name without <c>$</c>. Each family of functions registers itself here.</summary>
internal sealed class FunctionTable
{
    private readonly Dictionary<string, BuiltinFunction> _functions = new(StringComparer.Ordinal);

    public static FunctionTable Standard { get; } = CreateStandard();

    public IReadOnlyDictionary<string, BuiltinFunction> Functions => _functions;

    public bool TryGet(string name, out BuiltinFunction function) => _functions.TryGetValue(name, out function!);

    public void Add(string name, string? signature, Func<FunctionContext, JValue?[], JValue?> body) =>
        _functions.Add(name, new BuiltinFunction(name, signature, body));

    private static FunctionTable CreateStandard()
    {
        var table = new FunctionTable();
        StringFunctions.Register(table);
        NumericFunctions.Register(table);
        AggregateFunctions.Register(table);
        BooleanFunctions.Register(table);
        ArrayFunctions.Register(table);
        ObjectFunctions.Register(table);
        HigherOrderFunctions.Register(table);
        DateTimeFunctions.Register(table);
        NumberFormattingFunctions.Register(table);
        EvalFunction.Register(table);
        return table;
    }
}
