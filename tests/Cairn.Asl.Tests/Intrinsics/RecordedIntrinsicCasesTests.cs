using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Json;

namespace Cairn.Asl.Tests.Intrinsics;

/// <summary>
/// Replays the AWS-recorded conformance units whose definition is a single Pass state with
/// intrinsic calls in its Parameters, and compares with the recorded state output.
/// </summary>
public sealed class RecordedIntrinsicCasesTests
{
    private const string CasesRoot = "/work/shared/conformance/aws-recorded/cases/pure_engine";

    // The recording replaced these generated values by fixed markers.
    private const string RandomMarker = "RandomNumberGenerated";
    private const string UuidMarker = "generated-uuid";

    public static TheoryData<string> Units()
    {
        var data = new TheoryData<string>();
        if (!Directory.Exists(CasesRoot))
        {
            return data;
        }

        foreach (var dir in Directory.GetDirectories(CasesRoot, "intrinsic_functions__*").Order(StringComparer.Ordinal))
        {
            if (TryLoadPassParameters(dir, out _))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Fact]
    public void Most_recorded_units_are_simple_pass_states()
    {
        Assert.True(Units().Count >= 80, $"only {Units().Count} units found");
    }

    [Theory]
    [MemberData(nameof(Units))]
    public void Recorded_unit_matches(string unit)
    {
        var dir = Path.Combine(CasesRoot, unit);
        Assert.True(TryLoadPassParameters(dir, out var parameters));
        var inputFile = Path.Combine(dir, "input.json");
        var input = File.Exists(inputFile) ? JValue.Parse(File.ReadAllText(inputFile)) : JObject.Empty;
        var expected = ((JObject)JValue.Parse(File.ReadAllText(Path.Combine(dir, "expected.json"))))["summary"] as JObject;
        Assert.NotNull(expected);
        var scope = new DataScope(ContextObject(input), entropy: new SeededEntropySource(7));

        JObject actual;
        try
        {
            actual = Evaluate(parameters, input, scope);
        }
        catch (StatesException e)
        {
            Assert.Equal(expected["error"]?.ToString(), new JString(e.Error).ToString());
            Assert.Equal(expected["cause"]?.ToString(), new JString(e.Cause).ToString());
            return;
        }

        Assert.Equal("SUCCEEDED", (expected["status"] as JString)?.Value);
        var output = Assert.IsType<JObject>(expected["output"]);
        Assert.Equal(output.Count, actual.Count);
        foreach (var member in output.Members)
        {
            Assert.True(actual.TryGetValue(member.Key, out var value), $"missing {member.Key}");
            AssertRecordedValue(member.Value, value);
        }
    }

    private static void AssertRecordedValue(JValue expected, JValue actual)
    {
        switch ((expected as JString)?.Value)
        {
            case RandomMarker:
                var number = Assert.IsType<JNumber>(actual);
                Assert.True(number.IsIntegral, actual.ToJson());
                return;
            case UuidMarker:
                var text = Assert.IsType<JString>(actual).Value;
                Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", text);
                return;
        }

        // The recording parsed JSON-looking strings that are object members; do the same.
        if (expected is JObject && actual is JString s && s.Value.StartsWith('{') && JValue.TryParse(s.Value, out var parsed, out _))
        {
            actual = parsed;
        }

        Assert.True(expected.Equals(actual), $"expected {expected.ToJson()} but was {actual.ToJson()}");
    }

    private static JObject Evaluate(JObject parameters, JValue input, IDataScope scope)
    {
        var builder = new JObjectBuilder();
        foreach (var member in parameters.Members)
        {
            if (member.Key.EndsWith(".$", StringComparison.Ordinal))
            {
                var call = IntrinsicFunction.Parse(((JString)member.Value).Value);
                builder.Set(member.Key[..^2], call.Evaluate(input, scope));
            }
            else
            {
                builder.Set(member.Key, member.Value);
            }
        }

        return builder.Build();
    }

    /// <summary>The context object with the placeholder names the recording normalised to.</summary>
    private static JObject ContextObject(JValue input)
    {
        const string machine = "<ArnPart_0idx>";
        const string execution = "<ExecArnPart_0idx>";
        const string arnPrefix = "arn:<partition>:states:<region>:111111111111:";
        return JObject.Create(
            ("Execution", JObject.Create(
                ("Id", $"{arnPrefix}execution:{machine}:{execution}"),
                ("Input", input),
                ("Name", execution),
                ("RoleArn", "snf_role_arn"),
                ("StartTime", "2023-03-31T21:29:25.000Z"))),
            ("StateMachine", JObject.Create(
                ("Id", $"{arnPrefix}stateMachine:{machine}"),
                ("Name", machine))),
            ("State", JObject.Create(
                ("EnteredTime", "2023-03-31T21:29:25.000Z"),
                ("Name", "State_0"))));
    }

    private static bool TryLoadPassParameters(string dir, out JObject parameters)
    {
        parameters = JObject.Empty;
        var file = Path.Combine(dir, "definition.json");
        if (!File.Exists(file)
            || JValue.Parse(File.ReadAllText(file)) is not JObject definition
            || definition["States"] is not JObject { Count: 1 } states
            || states[0].Value is not JObject state
            || (state["Type"] as JString)?.Value != "Pass"
            || state["Parameters"] is not JObject found)
        {
            return false;
        }

        var hasCall = false;
        foreach (var member in found.Members)
        {
            if (member.Key.EndsWith(".$", StringComparison.Ordinal))
            {
                if (member.Value is not JString s || !IntrinsicFunction.LooksLikeCall(s.Value))
                {
                    return false;
                }

                hasCall = true;
            }
        }

        parameters = found;
        return hasCall;
    }
}
