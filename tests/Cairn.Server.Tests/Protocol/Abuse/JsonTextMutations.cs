using System.Text;
using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Protocol.Abuse;

/// <summary>
/// JSON text that members such as <c>input</c> and <c>definition</c> carry, broken: not JSON, JSON
/// past the parser's limits, JSON with what JSON allows but AWS may not (repeated keys, unpaired
/// surrogate escapes, numbers past any range), and definitions whose fields hold the wrong things
/// (paths, intrinsic functions and JSONata expressions that do not parse or do too much).
/// </summary>
internal static class JsonTextMutations
{
    private static readonly string[] Texts =
    [
        """{"a":1,"a":2}""", "\"\\ud800\"", "{\"k\":\"\\udc00\"}", "[\"\\ud83d\"]", "1e400", "-0", "123456789012345678901234567890",
        "", " ", "null", "[]", "\"x\"", "{", "{\"a\":1,}", "/*c*/{}", "NaN", "{\"a\":\"\\u0000\"}", "{\"\\ud83d\\ude00\":1}", "true",
        "{\"a\":1} x", "\"unterminated", "{\"a\" 1}", "[1,2", "0x10", "01", "{\"a\":-}", "\t\n{}\n",
    ];

    private static readonly string[] Values =
    [
        "\"$..*\"", "\"$.a[-1:]\"", "\"$[?(@.a == b)]\"", "\"$[?(@ > 1)]\"", "\"$.a[\"", "\"$$.Execution.Id\"", "\"$\"", "\"\"", "\"$.\"",
        "\"States.Format('{}{}', $.a)\"", "\"States.ArrayRange(1, 1000000, 1)\"", "\"States.MathAdd(1e308, 1e308)\"", "\"States.StringToJson($.x)\"",
        "\"States.Format(\"", "\"States.Array(States.Array(States.Array()))\"", "\"States.Hash($.a, 'MD4')\"", "\"States.UUID(1)\"",
        "\"{% $$ %}\"", "\"{% ( %}\"", "\"{% $states.input.a[ %}\"", "\"{% $sum([1..10000000]) %}\"", "\"{% $string($) & $string($) %}\"",
        "\"{% function($f){$f($f)}(function($f){$f($f)}) %}\"", "\"{% $reduce([1..100000], function($a,$b){$a & 'xxxxxxxxxx'}) %}\"",
        "\"{% %\"", "\"{%%}\"", "-1", "0", "1e9", "99999999999", "1.5", "null", "true", "[]", "{}", "[{}]", "{\"a.$\":\"$.b\"}",
        "\"Pass\"", "\"Task\"", "\"Map\"", "\"Choice\"", "\"Wait\"", "\"Parallel\"", "\"Succeed\"", "\"Fail\"", "\"Nope\"",
        "\"JSONata\"", "\"JSONPath\"", "\"2016-03-14T01:59:00Z\"", "\"not a date\"", "\"States.ALL\"", "[\"States.ALL\",\"X\"]",
    ];

    private static readonly string[] Fields =
    [
        "Type", "Next", "End", "Parameters", "Arguments", "Output", "Assign", "ResultPath", "InputPath", "OutputPath", "ResultSelector",
        "ItemsPath", "Items", "ItemSelector", "ItemProcessor", "Iterator", "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailureCount",
        "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds", "Retry", "Catch",
        "Choices", "Default", "Condition", "Variable", "StringEquals", "NumericGreaterThanPath", "And", "Not", "Branches", "Result",
        "QueryLanguage", "StartAt", "States", "Resource", "Error", "Cause", "ErrorPath", "CausePath", "Label", "Comment", "Credentials",
    ];

    public static JsonValue Mutate(Random random, string original)
    {
        var text = random.Next(10) switch
        {
            0 => Texts[random.Next(Texts.Length)],
            1 => new string('[', 600) + new string(']', 600),
            2 => string.Concat(Enumerable.Repeat("{\"a\":", 520)) + "1" + new string('}', 520),
            3 => "[" + string.Join(',', Enumerable.Range(0, 5000)) + "]",
            4 => Truncate(random, original),
            _ => MutateDocument(random, original),
        };
        return JsonValue.Create(text);
    }

    private static string Truncate(Random random, string text) => text.Length == 0 ? text : text[..random.Next(text.Length)];

    /// <summary>Sets a random field of a random object in the document to a value of the wrong kind (or of the right kind, but broken).</summary>
    private static string MutateDocument(Random random, string original)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(original);
        }
        catch (System.Text.Json.JsonException)
        {
            return original;
        }

        var objects = new List<JsonObject>();
        Collect(document, objects);
        if (objects.Count == 0)
        {
            return Texts[random.Next(Texts.Length)];
        }

        var rounds = random.Next(1, 4);
        for (var i = 0; i < rounds; i++)
        {
            var target = objects[random.Next(objects.Count)];
            var field = random.Next(4) == 0 && target.Count > 0 ? target.ElementAt(random.Next(target.Count)).Key : Fields[random.Next(Fields.Length)];
            if (random.Next(8) == 0)
            {
                target.Remove(field);
            }
            else
            {
                target[field] = JsonNode.Parse(Values[random.Next(Values.Length)]);
            }
        }

        var result = document!.ToJsonString();
        if (random.Next(6) == 0)
        {
            // A repeated key, which no serializer writes.
            var brace = result.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                result = result.Insert(brace + 1, "\"StartAt\":\"Dup\",");
            }
        }

        return result;
    }

    /// <summary>Every object in a document, depth first.</summary>
    public static void Collect(JsonNode? node, List<JsonObject> into)
    {
        switch (node)
        {
            case JsonObject o:
                into.Add(o);
                foreach (var member in o)
                {
                    Collect(member.Value, into);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Collect(item, into);
                }

                break;
        }
    }
}
