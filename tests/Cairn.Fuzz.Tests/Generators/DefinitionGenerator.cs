using System.Text.Json.Nodes;

namespace Cairn.Fuzz.Tests.Generators;

/// <summary>
/// Seeded state machine definitions over the whole language: every state type, JSONPath and
/// JSONata, paths, payload templates, intrinsic functions, choice rules, Retry and Catch, Map and
/// Parallel with nested machines, Wait in all its forms. Fields get right and wrong values alike,
/// so some definitions are valid and some are not. Transitions only go forward, so every valid
/// definition ends (loops and their limits are a matter of their own).
/// </summary>
internal sealed class DefinitionGenerator(Random random)
{
    private readonly TextGenerators _text = new(random);

    /// <summary>Half of the definitions take wrong values too; the other half only right ones, so that many run.</summary>
    private bool _sloppy;

    private static readonly string[] ValidPaths = ["$", "$.a", "$.b", "$.o", "$.o.k", "$.items", "$.b[0]", "$.missing", "$..v", "$.b[*]", "$$.Execution.Id", "$$.State.Name", "$v", "$.s"];

    private static readonly string[] ValidResultPaths = ["$", "$.r", "$.o.r", "$.a", "$.b[0]", "$.items[0].r"];

    private static readonly string[] Paths = ["$", "$.a", "$.b", "$.o", "$.o.k", "$.items", "$.b[0]", "$.missing", "$..v", "$.b[*]", "$$.Execution.Id", "$$.State.Name", "$$.Map.Item.Value", "$v", "$.a.b.c", "$[0]", "$.s", "bad", "$.", "$['a']", "$.b[-1:]"];

    private static readonly string[] ResultPaths = ["$", "$.r", "$.o.r", "$.a", "$.b[0]", "$.s.x", "$$.x", "$.b[*]", "$.items[0].r"];

    private static readonly string[] Resources =
    [
        "arn:aws:states:::lambda:invoke", "arn:aws:lambda:us-east-1:123456789012:function:f", "arn:aws:states:::sqs:sendMessage",
        "arn:aws:states:::dynamodb:getItem", "arn:aws:states:::aws-sdk:s3:listBuckets", "arn:aws:states:::http:invoke", "not-an-arn",
    ];

    private static readonly string[] Errors = ["States.ALL", "States.TaskFailed", "States.Timeout", "States.Runtime", "States.DataLimitExceeded", "Custom.Error", "States.QueryEvaluationError", "States.IntrinsicFailure"];

    private static readonly string[] JsonataExpressions =
    [
        "$states.input", "$states.input.a + 1", "$count($states.input.b)", "$string($states.input)", "$states.input.o.k[0].v", "$v", "$states.context.Execution.Id",
        "$states.input.missing", "$sum([1,2,3])", "$uppercase($states.input.s)", "{'x': $states.input.a}", "[1,2,3]", "$states.input.a > 0", "$exists($states.input.a)",
        "$states.result", "$states.errorOutput", "1/0", "$number('x')", "$states.input.b[10]", "$random()", "$partition('us-east-1')", "$uuid()", "$hash('a','SHA-256')",
    ];

    private static readonly string[] Comparisons =
    [
        "StringEquals", "StringLessThan", "StringGreaterThanEquals", "StringMatches", "NumericEquals", "NumericLessThan", "NumericGreaterThanEquals",
        "BooleanEquals", "TimestampEquals", "TimestampLessThan", "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp",
        "StringEqualsPath", "NumericGreaterThanPath", "NumericEqualsPath", "BooleanEqualsPath", "TimestampGreaterThanPath",
    ];

    /// <summary>A definition as JSON text.</summary>
    public string Next()
    {
        _sloppy = random.Next(2) == 0;
        var jsonata = random.Next(4) == 0;
        var machine = Machine(0, jsonata);
        if (jsonata)
        {
            machine["QueryLanguage"] = "JSONata";
        }

        if (random.Next(5) == 0)
        {
            machine["TimeoutSeconds"] = Bad(4) ? JsonValue.Create(-1) : JsonValue.Create(random.Next(1, 100000));
        }

        if (random.Next(6) == 0)
        {
            machine["Comment"] = _text.Break("a comment");
        }

        var text = machine.ToJsonString();
        return Bad(6) ? _text.Break(text) : text;
    }

    private JsonObject Machine(int depth, bool jsonata)
    {
        var count = random.Next(1, depth == 0 ? 7 : 4);
        var names = Enumerable.Range(0, count).Select(i => depth == 0 ? $"S{i}" : $"S{depth}_{i}_{random.Next(1000)}").ToList();
        var states = new JsonObject();
        for (var i = 0; i < count; i++)
        {
            states[names[i]] = State(names, i, depth, jsonata);
        }

        var startAt = Bad(10) ? "Nowhere" : names[0];
        return new JsonObject { ["StartAt"] = startAt, ["States"] = states };
    }

    private JsonObject State(IReadOnlyList<string> names, int index, int depth, bool jsonata)
    {
        var later = names.Skip(index + 1).ToList();
        string[] types = depth >= 2
            ? ["Pass", "Pass", "Succeed", "Fail", "Choice", "Wait", "Task"]
            : ["Pass", "Pass", "Task", "Choice", "Wait", "Succeed", "Fail", "Map", "Parallel", "Pass"];
        var type = Pick(types);
        if (Bad(20))
        {
            type = Pick<string>(["Nope", "pass", ""]);
        }

        var state = new JsonObject { ["Type"] = type };
        var stateJsonata = jsonata;
        if (jsonata ? Bad(8) : random.Next(8) == 0)
        {
            stateJsonata = !jsonata;
            state["QueryLanguage"] = stateJsonata ? "JSONata" : "JSONPath";
        }

        switch (type)
        {
            case "Pass":
                DataFields(state, stateJsonata, allowResult: false);
                if (!stateJsonata && random.Next(3) == 0)
                {
                    state["Result"] = RandomJson();
                }

                Transition(state, later);
                break;
            case "Task":
                state["Resource"] = _sloppy ? Pick(Resources) : Pick(Resources[..5]);
                DataFields(state, stateJsonata, allowResult: true);
                if (random.Next(3) == 0)
                {
                    state["TimeoutSeconds"] = Bad(5) ? JsonValue.Create(0) : JsonValue.Create(random.Next(1, 1000));
                }

                if (random.Next(2) == 0)
                {
                    state["Retry"] = new JsonArray(Retrier());
                }

                if (random.Next(2) == 0 && later.Count > 0)
                {
                    state["Catch"] = new JsonArray(new JsonObject { ["ErrorEquals"] = new JsonArray(Pick(Errors)), ["Next"] = Pick(later) });
                }

                Transition(state, later);
                break;
            case "Choice":
                var targets = later.Count > 0 ? later : [.. names];
                var rules = new JsonArray();
                for (var i = random.Next(0, 3); i >= 0; i--)
                {
                    var rule = stateJsonata ? new JsonObject { ["Condition"] = "{% " + Pick(JsonataExpressions) + " %}" } : ChoiceRule(0);
                    rule["Next"] = Pick(targets);
                    rules.Add(rule);
                }

                state["Choices"] = rules;
                if (random.Next(2) == 0)
                {
                    state["Default"] = Pick(targets);
                }

                break;
            case "Wait":
                switch (random.Next(stateJsonata ? 2 : 5))
                {
                    case 0: state["Seconds"] = _sloppy ? Pick<JsonNode>([0, 1, 100, 99999999, -1, 1.5]) : Pick<JsonNode>([0, 1, 100, 99999999]); break;
                    case 1: state[stateJsonata ? "Seconds" : "Timestamp"] = stateJsonata ? "{% " + Pick(["1", "$states.input.a", "'x'", "-5"]) + " %}" : Pick<string>(_sloppy ? ["2016-03-14T01:59:00Z", "2030-01-01T00:00:00.000Z", "not a date"] : ["2016-03-14T01:59:00Z", "2030-01-01T00:00:00.000Z"]); break;
                    case 2: state["SecondsPath"] = Pick(Paths); break;
                    case 3: state["TimestampPath"] = Pick(Paths); break;
                    default: break;
                }

                Transition(state, later);
                break;
            case "Fail":
                if (random.Next(2) == 0)
                {
                    state["Error"] = stateJsonata && random.Next(2) == 0 ? "{% " + Pick(JsonataExpressions) + " %}" : Pick(Errors);
                }

                if (random.Next(3) == 0)
                {
                    state[stateJsonata ? "Cause" : "CausePath"] = stateJsonata ? "{% $string($states.input) %}" : Pick(Paths);
                }

                break;
            case "Succeed":
                break;
            case "Parallel":
                state["Branches"] = new JsonArray(Enumerable.Range(0, random.Next(_sloppy ? 0 : 1, 3)).Select(_ => (JsonNode?)Machine(depth + 1, stateJsonata)).ToArray());
                DataFields(state, stateJsonata, allowResult: true);
                Transition(state, later);
                break;
            case "Map":
                var processor = Machine(depth + 1, stateJsonata);
                if (random.Next(4) == 0)
                {
                    state["Iterator"] = processor;
                }
                else
                {
                    processor["ProcessorConfig"] = new JsonObject { ["Mode"] = "INLINE" };
                    state["ItemProcessor"] = processor;
                }

                if (stateJsonata)
                {
                    if (random.Next(2) == 0)
                    {
                        state["Items"] = "{% " + Pick(["$states.input.b", "$states.input.items", "[1,2,3]", "$states.input.a"]) + " %}";
                    }
                }
                else if (random.Next(2) == 0)
                {
                    state["ItemsPath"] = Pick(["$.b", "$.items", "$.a", "$.missing", "$"]);
                }

                if (random.Next(3) == 0)
                {
                    state["MaxConcurrency"] = _sloppy ? Pick<JsonNode>([0, 1, 40, -1]) : Pick<JsonNode>([0, 1, 40]);
                }

                if (random.Next(3) == 0)
                {
                    state["ItemSelector"] = stateJsonata ? new JsonObject { ["v"] = "{% $states.context.Map.Item.Value %}" } : new JsonObject { ["v.$"] = "$$.Map.Item.Value", ["i.$"] = "$$.Map.Item.Index" };
                }

                DataFields(state, stateJsonata, allowResult: true);
                Transition(state, later);
                break;
        }

        if (Bad(5))
        {
            state[Pick(["Unknown", "Next", "End", "Comment", "Parameters", "Retry", "Catch"])] = RandomJson();
        }

        return state;
    }

    private void Transition(JsonObject state, IReadOnlyList<string> later)
    {
        if (later.Count > 0 && random.Next(3) != 0)
        {
            state["Next"] = Pick(later);
        }
        else
        {
            state["End"] = Bad(12) ? JsonValue.Create("yes") : JsonValue.Create(true);
        }
    }

    private void DataFields(JsonObject state, bool jsonata, bool allowResult)
    {
        if (jsonata)
        {
            if (random.Next(2) == 0)
            {
                state[state["Type"]!.GetValue<string>() is "Task" or "Parallel" or "Map" && random.Next(2) == 0 ? "Arguments" : "Output"] = JsonataValue();
            }

            if (random.Next(3) == 0)
            {
                state["Assign"] = new JsonObject { ["v"] = JsonataValue(), ["w"] = 1 };
            }

            return;
        }

        if (random.Next(3) == 0)
        {
            state["InputPath"] = random.Next(8) == 0 ? null : PathValue();
        }

        if (random.Next(3) == 0)
        {
            state[state["Type"]!.GetValue<string>() == "Map" && random.Next(2) == 0 ? "ItemSelector" : "Parameters"] = Bad(8) ? new JsonArray(1, 2) : Template(0);
        }

        if (allowResult && random.Next(4) == 0)
        {
            state["ResultSelector"] = Template(0);
        }

        if (random.Next(3) == 0)
        {
            state["ResultPath"] = random.Next(8) == 0 ? null : _sloppy ? Pick(ResultPaths) : Pick(ValidResultPaths);
        }

        if (random.Next(4) == 0)
        {
            state["OutputPath"] = PathValue();
        }

        if (random.Next(4) == 0)
        {
            state["Assign"] = new JsonObject { ["v"] = 1, ["w.$"] = PathValue() };
        }
    }

    private JsonNode JsonataValue() => random.Next(3) switch
    {
        0 => "{% " + Pick(JsonataExpressions) + " %}",
        1 => new JsonObject { ["x"] = "{% " + Pick(JsonataExpressions) + " %}", ["lit"] = RandomJson() },
        _ => _sloppy ? "{% " + _text.Jsonata() + " %}" : "{% " + Pick(JsonataExpressions) + " %}",
    };

    private string PathValue() => _sloppy ? Pick(Paths) : Pick(ValidPaths);

    private bool Bad(int oneIn) => _sloppy && random.Next(oneIn) == 0;

    /// <summary>A payload template: literals, <c>.$</c> paths and intrinsic functions, nested.</summary>
    private JsonObject Template(int depth)
    {
        var template = new JsonObject();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            switch (random.Next(5))
            {
                case 0: template["p" + i + ".$"] = PathValue(); break;
                case 1: template["f" + i + ".$"] = Bad(3) ? _text.Intrinsic() : Pick(["States.Format('{}-{}', $.a, $.s)", "States.ArrayLength($.b)", "States.JsonToString($.o)", "States.MathAdd($.a, 1)", "States.UUID()", "States.ArrayRange(1, 5, 2)", "States.StringToJson('{\"q\":1}')", "States.Hash($.s, 'SHA-256')"]); break;
                case 2 when depth < 2: template["n" + i] = Template(depth + 1); break;
                case 3: template["l" + i] = RandomJson(); break;
                default: template["v" + i + ".$"] = "$v"; break;
            }
        }

        return template;
    }

    private JsonObject ChoiceRule(int depth)
    {
        if (depth < 2 && random.Next(4) == 0)
        {
            var op = Pick(["And", "Or", "Not"]);
            return op == "Not"
                ? new JsonObject { ["Not"] = ChoiceRule(depth + 1) }
                : new JsonObject { [op] = new JsonArray(ChoiceRule(depth + 1), ChoiceRule(depth + 1)) };
        }

        var comparison = Pick(Comparisons);
        JsonNode value = comparison switch
        {
            _ when comparison.EndsWith("Path", StringComparison.Ordinal) => PathValue(),
            _ when comparison.StartsWith("Is", StringComparison.Ordinal) => Bad(6) ? JsonValue.Create("yes") : JsonValue.Create(random.Next(2) == 0),
            _ when comparison.StartsWith("String", StringComparison.Ordinal) => Pick(["text", "t*", "", "\\*"]),
            _ when comparison.StartsWith("Numeric", StringComparison.Ordinal) => _sloppy ? Pick<JsonNode>([1, -1, 2.5, "1"]) : Pick<JsonNode>([1, -1, 2.5]),
            _ when comparison.StartsWith("Boolean", StringComparison.Ordinal) => JsonValue.Create(random.Next(2) == 0),
            _ => _sloppy ? Pick(["2016-03-14T01:59:00Z", "nope"]) : "2016-03-14T01:59:00Z",
        };
        return new JsonObject { ["Variable"] = PathValue(), [comparison] = value };
    }

    private JsonObject Retrier()
    {
        var retrier = new JsonObject { ["ErrorEquals"] = new JsonArray(Pick(Errors)) };
        if (random.Next(2) == 0)
        {
            retrier["MaxAttempts"] = _sloppy ? Pick<JsonNode>([0, 1, 3, -1]) : Pick<JsonNode>([0, 1, 3]);
        }

        if (random.Next(3) == 0)
        {
            retrier["IntervalSeconds"] = Pick<JsonNode>([1, 5, 0]);
        }

        if (random.Next(3) == 0)
        {
            retrier["BackoffRate"] = _sloppy ? Pick<JsonNode>([1, 2.0, 0.5]) : Pick<JsonNode>([1, 2.0]);
        }

        if (random.Next(4) == 0)
        {
            retrier["JitterStrategy"] = _sloppy ? Pick(["FULL", "NONE", "SOME"]) : Pick(["FULL", "NONE"]);
        }

        if (random.Next(4) == 0)
        {
            retrier["MaxDelaySeconds"] = _sloppy ? Pick<JsonNode>([1, 10, 0]) : Pick<JsonNode>([1, 10]);
        }

        return retrier;
    }

    private JsonNode? RandomJson() => random.Next(6) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 100)),
        2 => JsonValue.Create("s"),
        3 => new JsonArray(1, "two", null),
        4 => new JsonObject { ["k"] = "v", ["n"] = 1.5 },
        _ => JsonValue.Create(true),
    };

    /// <summary>An execution input the paths above find things in.</summary>
    public string Input() => Pick(
    [
        """{"a":1,"b":[1,2,3],"s":"text","o":{"k":[{"v":1}]},"items":[{"id":1},{"id":2}]}""",
        """{"a":"x","b":"not a list","items":[]}""",
        """{}""", """[1,2]""", """{"a":-1,"b":[],"s":"2016-03-14T01:59:00Z","o":null}""", "\"text\"", "null",
    ]);

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
