using Cairn.Json;

namespace Cairn.Jsonata.Functions;

internal static partial class StringFunctions
{
    private static void RegisterEncodingFunctions(FunctionTable table)
    {
        AddStringMapping(table, "base64encode", Base64Text.Encode);
        AddStringMapping(table, "base64decode", Base64Text.Decode);
        AddStringMapping(table, "encodeUrlComponent", s => UriText.EncodeComponent(s, "encodeUrlComponent"));
        AddStringMapping(table, "encodeUrl", s => UriText.Encode(s, "encodeUrl"));
        AddStringMapping(table, "decodeUrlComponent", s => UriText.DecodeComponent(s, "decodeUrlComponent"));
        AddStringMapping(table, "decodeUrl", s => UriText.Decode(s, "decodeUrl"));
    }

    private static void AddStringMapping(FunctionTable table, string name, Func<string, string> map) =>
        table.Add(name, "<s-:s>", (_, a) => a.StringAt(0) is { } s ? new JString(map(s)) : null);
}
