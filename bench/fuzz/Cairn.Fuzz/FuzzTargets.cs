using System.Text;
using Cairn.Asl;
using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Asl.Parsing;
using Cairn.Asl.Paths;
using Cairn.Asl.Validation;
using Cairn.Json;
using Cairn.Jsonata;
using Cairn.Server.Protocol;

namespace Cairn.Fuzz;

/// <summary>
/// The parsers that take user input, each with its contract: for any bytes it either succeeds or
/// fails with its own documented exception (a syntax error, an ASL error, an API error). Any
/// other exception, a broken round trip or a disagreement between validation and compilation
/// escapes and is a finding. The same targets run under AFL++ (<c>scripts/fuzz</c>) and over
/// generated inputs in the tests (<c>tests/Cairn.Fuzz.Tests</c>).
/// </summary>
public static class FuzzTargets
{
    // Built on first use, not in a static constructor: under AFL the instrumented assemblies may
    // only run once SharpFuzz has set up the coverage map.
    private static readonly Lazy<JValue> SampleInput = new(() => JValue.Parse("""
        {"a":1,"b":[1,2.5,"x",null,true,{"c":"d"}],"s":"text","e":"","n":-3,"big":123456789012345678901234567890,
         "o":{"k":[{"v":1},{"v":2}],"u":"\u00e9\ud83d\ude00"},"items":[{"id":1},{"id":2}]}
        """));

    private static readonly Lazy<DataScope> Scope = new(() => new DataScope(
        JValue.Parse("""{"Execution":{"Id":"arn:aws:states:us-east-1:123456789012:execution:m:e","Input":{}},"State":{"Name":"S"}}"""),
        new Dictionary<string, JValue> { ["v"] = JValue.Parse("[1,2,3]"), ["name"] = new JString("x") },
        new SeededEntropySource(7),
        new FixedClock()));

    private static readonly Lazy<JsonataOptions> JsonataLimits = new(() => new JsonataOptions
    {
        TimeLimit = TimeSpan.FromSeconds(2),
        DepthLimit = 200,
        Random = new Random(7),
        Clock = new FixedClock(),
    });

    /// <summary>Every target by name.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["json"] = Json,
        ["definition"] = Definition,
        ["jsonpath"] = JsonPathTarget,
        ["intrinsics"] = Intrinsics,
        ["jsonata"] = Jsonata,
        ["request"] = Request,
    };

    /// <summary>
    /// Cairn.Json: bytes parse or fail with JsonParseException; what parses is written as valid
    /// JSON, and survives writing and reading again (numbers past the double range excepted: JSON
    /// has no infinities, they are written as strings).
    /// </summary>
    public static void Json(byte[] data)
    {
        JValue value;
        try
        {
            value = JsonParser.Parse(data);
        }
        catch (JsonParseException)
        {
            return;
        }

        var again = JValue.Parse(value.ToJson());
        if (!again.Equals(value) && !HasInfinity(value))
        {
            throw new FuzzContractException($"{value.ToJson()} reads back as {again.ToJson()}");
        }
    }

    /// <summary>
    /// The definition validator and parser: any text gets diagnostics (each with a code and a
    /// message; with a location when the text is a JSON object), and what validation accepts compiles.
    /// </summary>
    public static void Definition(byte[] data) => Definition(Text(data), ValidationOptions.Standard);

    public static void Definition(string text, ValidationOptions options)
    {
        var diagnostics = DefinitionValidator.Validate(text, options);
        var isObject = JValue.TryParse(text, out var document, out _) && document is JObject;
        foreach (var diagnostic in diagnostics)
        {
            if (string.IsNullOrEmpty(diagnostic.Code) || string.IsNullOrEmpty(diagnostic.Message))
            {
                throw new FuzzContractException($"a diagnostic without code or message: {diagnostic}");
            }

            if (isObject && diagnostic.Severity == DiagnosticSeverity.Error && string.IsNullOrEmpty(diagnostic.Location))
            {
                throw new FuzzContractException($"a diagnostic without a location: {diagnostic}");
            }
        }

        if (!DefinitionValidator.IsValid(diagnostics))
        {
            if (diagnostics.Count == 0)
            {
                throw new FuzzContractException("rejected without a diagnostic");
            }

            return;
        }

        try
        {
            DefinitionParser.Parse((JObject)document);
        }
        catch (DefinitionException e)
        {
            throw new FuzzContractException($"validation accepts what compilation refuses: {string.Join("; ", e.Diagnostics)}");
        }
    }

    /// <summary>JSONPath: parses or fails with AslSyntaxException; evaluation matches or fails as ASL says.</summary>
    public static void JsonPathTarget(byte[] data)
    {
        JsonPath path;
        try
        {
            path = JsonPath.Parse(Text(data));
        }
        catch (AslSyntaxException)
        {
            return;
        }

        try
        {
            path.TryEvaluate(SampleInput.Value, Scope.Value, out _);
            if (path.IsReferencePath && path.Root == PathRoot.Input)
            {
                path.Apply(SampleInput.Value, new JString("r"));
            }
        }
        catch (Exception e) when (e is StatesException or PathMatchException)
        {
        }
    }

    /// <summary>Intrinsic functions: parse or fail with AslSyntaxException; evaluate or fail with StatesException.</summary>
    public static void Intrinsics(byte[] data)
    {
        IntrinsicFunction function;
        try
        {
            function = IntrinsicFunction.Parse(Text(data));
        }
        catch (AslSyntaxException)
        {
            return;
        }

        try
        {
            function.Evaluate(SampleInput.Value, Scope.Value);
        }
        catch (StatesException)
        {
        }
    }

    /// <summary>JSONata: compile or fail with JsonataException; evaluate within the time and depth limits or fail with JsonataException.</summary>
    public static void Jsonata(byte[] data)
    {
        JsonataExpression expression;
        try
        {
            expression = JsonataExpression.Compile(Text(data));
        }
        catch (JsonataException)
        {
            return;
        }

        try
        {
            expression.Evaluate(SampleInput.Value, JsonataLimits.Value);
        }
        catch (JsonataException)
        {
        }
    }

    /// <summary>The API request reader: a body becomes a JSON object or an ApiException; its members read as their types or ApiExceptions.</summary>
    public static void Request(byte[] data)
    {
        try
        {
            var request = new ApiRequest(RequestBody.Parse(data), new RequestCaller("123456789012", "us-east-1"));
            foreach (var member in request.Body.Select(m => m.Key).ToList())
            {
                Read(() => request.OptionalString(member, 0, 256));
                Read(() => request.OptionalInt(member, 0, 1000));
                Read(() => request.OptionalBool(member));
                Read(() => request.OptionalArray(member));
                Read(() => request.OptionalObject(member));
                Read(() => request.OptionalPayload(member, 1024));
                Read(() => ResourceNames.Require(request, member));
            }
        }
        catch (ApiException)
        {
        }
    }

    private static void Read(Func<object?> read)
    {
        try
        {
            read();
        }
        catch (ApiException)
        {
        }
    }

    private static bool HasInfinity(JValue value)
    {
        switch (value)
        {
            case JNumber n:
                return n.IsFloatingPoint && !double.IsFinite(n.DoubleValue);
            case JArray a:
                return a.Any(HasInfinity);
            case JObject o:
                foreach (var member in o.Members)
                {
                    if (HasInfinity(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Text from bytes as a client's JSON string would carry it (invalid UTF-8 replaced, as it never reaches a parser of text).</summary>
    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
    }
}
