using Cairn.Engine.Testing;
using Cairn.Json;
using CsCheck;

namespace Cairn.Engine.Tests.Testing;

/// <summary>
/// TestState's checks of a mocked Task result, over every response member of every API whose
/// model is embedded: a member of the wrong JSON type is refused with AWS's wording (a blob is a
/// string, also when a number is mocked), numbers outside their bounds are refused, and the bounds
/// are AWS's documented limits where the model says otherwise (Lambda MemorySize: 10,240 MB).
/// </summary>
public sealed class MockResultRuleTests
{
    private const string Prefix = "Mock result schema validation error: ";

    private static readonly StateTester Tester = new();

    private static readonly string[] Services = ["dynamodb", "eventbridge", "kms", "lambda", "s3", "secretsmanager", "sfn", "sns", "sqs", "sts"];

    /// <summary>A response member reachable through nested structures: the path of member names and its model shape.</summary>
    private sealed record Leaf(string Service, string Operation, string[] Path, JObject Shape, string ShapeName)
    {
        public string Type => ((JString)Shape["type"]!).Value;

        public override string ToString() => $"{Service}:{Operation} {string.Join('.', Path)} ({Type})";
    }

    private static readonly Lazy<List<Leaf>> Leaves = new(FindLeaves);

    private static List<Leaf> FindLeaves()
    {
        var leaves = new List<Leaf>();
        foreach (var service in Services)
        {
            using var stream = typeof(StateTester).Assembly.GetManifestResourceStream($"Cairn.Engine.Testing.ServiceShapes.{service}.json")!;
            var model = (JObject)JValue.Parse(new StreamReader(stream).ReadToEnd());
            var shapes = (JObject)model["shapes"]!;
            foreach (var (operation, output) in ((JObject)model["operations"]!).Members)
            {
                Walk(service, operation, shapes, ((JString)output).Value, [], leaves);
            }
        }

        return leaves;
    }

    private static void Walk(string service, string operation, JObject shapes, string shapeName, string[] path, List<Leaf> leaves)
    {
        var shape = (JObject)shapes[shapeName]!;
        if (shape["type"] is not JString { Value: "structure" })
        {
            leaves.Add(new Leaf(service, operation, path, shape, shapeName));
            return;
        }

        if (path.Length == 3 || shape["members"] is not JObject members)
        {
            return;
        }

        foreach (var (name, member) in members.Members)
        {
            // Step Functions presents member names in PascalCase.
            var pascal = char.ToUpperInvariant(name[0]) + name[1..];
            Walk(service, operation, shapes, ((JString)member).Value, [.. path, pascal], leaves);
        }
    }

    private static TestStateResponse Mock(Leaf leaf, JValue value, MockResponseValidationMode mode = MockResponseValidationMode.PRESENT)
    {
        for (var i = leaf.Path.Length - 1; i >= 0; i--)
        {
            value = JObject.Create((leaf.Path[i], value));
        }

        var action = char.ToLowerInvariant(leaf.Operation[0]) + leaf.Operation[1..];
        return Tester.Test(new TestStateRequest
        {
            Definition = $$"""{"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:{{leaf.Service}}:{{action}}", "End": true}""",
            Mock = new MockInput { Result = value.ToJson(), FieldValidationMode = mode },
        });
    }

    private static string Rejection(Leaf leaf, JValue value, MockResponseValidationMode mode = MockResponseValidationMode.PRESENT) =>
        Assert.Throws<TestStateException>(() => Mock(leaf, value, mode)).Message;

    /// <summary>What AWS says a member of each model type must be.</summary>
    private static string? Expected(string type) => type switch
    {
        "string" or "blob" or "timestamp" => "must be a string",
        "integer" or "long" or "float" or "double" => "must be a number",
        "boolean" => "must be a boolean",
        "list" => "must be an array",
        "map" => "must be an object",
        _ => null,
    };

    private static readonly JValue[] Kinds = [new JString("text"), JNumber.From(7), JBool.True, JArray.Create([JNumber.From(1)]), JObject.Create(("k", new JString("v")))];

    private static bool IsKind(JValue value, string type) => type switch
    {
        "string" or "blob" or "timestamp" => value is JString,
        "integer" or "long" or "float" or "double" => value is JNumber,
        "boolean" => value is JBool,
        "list" => value is JArray,
        _ => value is JObject,
    };

    [Fact]
    public void Every_member_refuses_a_value_of_another_json_type() =>
        Gen.Select(Gen.Int[0, Leaves.Value.Count - 1], Gen.Int[0, Kinds.Length - 1]).Sample((index, kind) =>
        {
            var leaf = Leaves.Value[index];
            var value = Kinds[kind];
            if (Expected(leaf.Type) is not { } problem || IsKind(value, leaf.Type))
            {
                return;
            }

            Assert.Equal($"{Prefix}Field '{leaf.Path[^1]}' {problem}", Rejection(leaf, value));
        }, iter: 3000, print: t => $"{Leaves.Value[t.Item1]} <- {Kinds[t.Item2].ToJson()}");

    [Fact]
    public void Every_blob_member_refuses_a_number()
    {
        var blobs = Leaves.Value.Where(l => l.Type == "blob").ToList();
        Assert.NotEmpty(blobs);
        foreach (var leaf in blobs)
        {
            Assert.Equal($"{Prefix}Field '{leaf.Path[^1]}' must be a string", Rejection(leaf, JNumber.From(123)));
        }
    }

    /// <summary>AWS's documented limits where the model differs (the model allows MemorySize up to 32,768).</summary>
    private static (long? Min, long? Max) Bounds(Leaf leaf) =>
        (leaf.Service, leaf.ShapeName) == ("lambda", "MemorySize")
            ? (128, 10240)
            : ((leaf.Shape["min"] as JNumber)?.IntegerValue, (leaf.Shape["max"] as JNumber)?.IntegerValue);

    [Fact]
    public void Every_bounded_number_accepts_its_bounds_and_refuses_what_lies_beyond()
    {
        var numbers = Leaves.Value.Where(l => l.Type is "integer" or "long" && (l.Shape.ContainsKey("min") || l.Shape.ContainsKey("max"))).ToList();
        Assert.NotEmpty(numbers);
        foreach (var leaf in numbers)
        {
            var (min, max) = Bounds(leaf);
            if (min is { } low)
            {
                Assert.Equal(TestExecutionStatus.SUCCEEDED, Mock(leaf, JNumber.From(low)).Status);
                Assert.Equal($"{Prefix}Field '{leaf.Path[^1]}' is less than the minimum value", Rejection(leaf, JNumber.From(low - 1)));
            }

            if (max is { } high)
            {
                Assert.Equal(TestExecutionStatus.SUCCEEDED, Mock(leaf, JNumber.From(high)).Status);
                Assert.Equal($"{Prefix}Field '{leaf.Path[^1]}' exceeds the maximum value", Rejection(leaf, JNumber.From(high + 1)));
            }
        }
    }

    [Fact]
    public void Lambda_memory_size_follows_the_documented_limit_not_the_model()
    {
        var memory = Leaves.Value.First(l => l.Service == "lambda" && l.Operation == "GetFunction" && l.Path[^1] == "MemorySize");
        Assert.Equal(32768, ((JNumber)memory.Shape["max"]!).IntegerValue);
        Assert.Equal(TestExecutionStatus.SUCCEEDED, Mock(memory, JNumber.From(10240), MockResponseValidationMode.STRICT).Status);
        Assert.Equal($"{Prefix}Field 'MemorySize' exceeds the maximum value", Rejection(memory, JNumber.From(10241), MockResponseValidationMode.STRICT));
    }

    private static readonly Gen<string> NotJson = Gen.OneOf(
        Gen.String[Gen.Char["{}[]\",:abc 01"], 1, 12].Where(s => !JValue.TryParse(s, out _, out _)),
        Gen.OneOf("{", "{\"a\": }", "[1,]", "undefined", "{'a': 1}", "tru", "\"open"));

    [Fact]
    public void A_result_that_is_not_json_is_refused_in_every_mode() =>
        Gen.Select(NotJson, Gen.OneOf(MockResponseValidationMode.STRICT, MockResponseValidationMode.PRESENT, MockResponseValidationMode.NONE), Gen.OneOf(
            """{"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}""",
            """{"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f", "End": true}""",
            """{"Type": "Map", "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}""",
            """{"Type": "Parallel", "Branches": [{"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}], "End": true}"""))
            .Sample((text, mode, definition) =>
            {
                var request = new TestStateRequest { Definition = definition, Mock = new MockInput { Result = text, FieldValidationMode = mode } };
                var e = Assert.Throws<TestStateException>(() => Tester.Test(request));
                Assert.Equal("Mocked result must be valid JSON", e.Message);
            }, iter: 300);
}
