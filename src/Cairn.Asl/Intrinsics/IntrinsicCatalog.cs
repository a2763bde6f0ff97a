namespace Cairn.Asl.Intrinsics;

/// <summary>The 18 <c>States.*</c> functions of the Amazon States Language, by name.</summary>
internal static class IntrinsicCatalog
{
    private const int Any = IntrinsicDefinition.Unbounded;

    private static readonly Dictionary<string, IntrinsicDefinition> Definitions = Build();

    public static bool TryGet(string name, out IntrinsicDefinition definition) =>
        Definitions.TryGetValue(name, out definition!);

    private static Dictionary<string, IntrinsicDefinition> Build()
    {
        IntrinsicDefinition[] all =
        [
            new("States.Format", 1, Any, GenericFunctions.Format),
            new("States.StringToJson", 1, 1, JsonFunctions.StringToJson),
            new("States.JsonToString", 1, 1, JsonFunctions.JsonToString),
            new("States.JsonMerge", 3, 3, JsonFunctions.JsonMerge),
            new("States.Array", 0, Any, ArrayFunctions.Array),
            new("States.ArrayPartition", 2, 2, ArrayFunctions.ArrayPartition),
            new("States.ArrayContains", 2, 2, ArrayFunctions.ArrayContains),
            new("States.ArrayRange", 3, 3, ArrayFunctions.ArrayRange),
            new("States.ArrayGetItem", 2, 2, ArrayFunctions.ArrayGetItem),
            new("States.ArrayLength", 1, 1, ArrayFunctions.ArrayLength),
            new("States.ArrayUnique", 1, 1, ArrayFunctions.ArrayUnique),
            new("States.Base64Encode", 1, 1, EncodingFunctions.Base64Encode),
            new("States.Base64Decode", 1, 1, EncodingFunctions.Base64Decode),
            new("States.Hash", 2, 2, HashFunctions.Hash),
            new("States.MathRandom", 2, 3, MathFunctions.MathRandom),
            new("States.MathAdd", 2, 2, MathFunctions.MathAdd),
            new("States.StringSplit", 2, 2, StringFunctions.StringSplit),
            new("States.UUID", 0, 0, IdentifierFunctions.Uuid),
        ];

        var map = new Dictionary<string, IntrinsicDefinition>(all.Length, StringComparer.Ordinal);
        foreach (var definition in all)
        {
            map.Add(definition.Name, definition);
        }

        return map;
    }
}
