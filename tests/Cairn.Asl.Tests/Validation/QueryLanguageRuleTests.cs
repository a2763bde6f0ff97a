using Cairn.Asl.Validation;
using Cairn.Json;
using CsCheck;

namespace Cairn.Asl.Tests.Validation;

/// <summary>
/// AWS's rule for mixing query languages: any state may switch a JSONPath machine (or a JSONPath
/// parent) to JSONata, and a JSONata Map or Parallel may hold JSONPath states, but when the top
/// level declares JSONata no state at any depth may declare JSONPath. Checked over generated
/// machines of nested Parallel branches and Map processors with every placement of the field.
/// </summary>
public sealed class QueryLanguageRuleTests
{
    private const string Downgrade = "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";

    private static readonly string?[] Languages = [null, "JSONPath", "JSONata"];

    private static int _names;

    /// <summary>A generated machine, the JSON pointers of the states declaring JSONPath, and whether the top level is JSONata.</summary>
    private sealed record Machine(JObject Definition, List<string> JsonPathStates, bool JsonataTop);

    private static Gen<Machine> Machines =>
        Gen.Int[0, 2].SelectMany(top => Gen.Int[0, int.MaxValue].Select(seed =>
        {
            var random = new Random(seed);
            var declared = new List<string>();
            var states = StatesAt("", 0, random, declared);
            var members = new List<(string, JValue)> { ("StartAt", new JString(states.Members[0].Key)), ("States", states) };
            if (Languages[top] is { } language)
            {
                members.Add(("QueryLanguage", new JString(language)));
            }

            return new Machine(JObject.Create(members.ToArray()), declared, Languages[top] == "JSONata");
        }));

    private static JObject StatesAt(string machineAt, int depth, Random random, List<string> declared)
    {
        // State names are unique across the whole machine, nested ones included: numbered in document order.
        var count = random.Next(1, 4);
        var first = Interlocked.Add(ref _names, count) - count;
        var states = new List<(string, JValue)>();
        for (var i = 0; i < count; i++)
        {
            var name = $"S{first + i}";
            var at = $"{machineAt}/States/{name}";
            var kind = depth < 2 ? random.Next(3) : 0;
            var members = new List<(string, JValue)>
            {
                ("Type", new JString(kind switch { 1 => "Parallel", 2 => "Map", _ => "Pass" })),
                i + 1 < count ? ("Next", new JString($"S{first + i + 1}")) : ("End", JBool.True),
            };
            if (Languages[random.Next(3)] is { } language)
            {
                members.Add(("QueryLanguage", new JString(language)));
                if (language == "JSONPath")
                {
                    declared.Add(at);
                }
            }

            if (kind == 1)
            {
                members.Add(("Branches", JArray.Create([Nested($"{at}/Branches/0", depth, random, declared)])));
            }
            else if (kind == 2)
            {
                members.Add(("ItemProcessor", Nested($"{at}/ItemProcessor", depth, random, declared)));
            }

            states.Add((name, JObject.Create(members.ToArray())));
        }

        return JObject.Create(states.ToArray());
    }

    private static JObject Nested(string at, int depth, Random random, List<string> declared)
    {
        var states = StatesAt(at, depth + 1, random, declared);
        return JObject.Create(("StartAt", new JString(states.Members[0].Key)), ("States", states));
    }

    [Fact]
    public void A_jsonata_machine_refuses_jsonpath_states_at_any_depth_and_only_there() =>
        Machines.Sample(machine =>
        {
            var diagnostics = DefinitionValidator.Validate(machine.Definition.ToJson(), ValidationOptions.Standard);
            var expected = machine.JsonataTop ? machine.JsonPathStates : [];
            Assert.Equal(expected.Order(), diagnostics.Where(d => d.Message == Downgrade).Select(d => d.Location!).Order());
            Assert.All(diagnostics, d => Assert.Equal(Downgrade, d.Message));
            Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.SchemaValidationFailed, d.Code));
        }, iter: 500, print: m => m.Definition.ToJson());

    [Fact]
    public void The_recorded_downgrade_is_refused_at_the_state() =>
        DefinitionValidatorTests.AssertSingle(
            DefinitionValidatorTests.Validate("{'StartAt':'Pass','States':{'Pass':{'Type':'Pass','End':true,'QueryLanguage':'JSONPath'}},'QueryLanguage':'JSONata'}"),
            DiagnosticCodes.SchemaValidationFailed,
            "/States/Pass",
            Downgrade);
}
