using Cairn.Engine.Testing;
using Cairn.Json;
using CsCheck;

namespace Cairn.Engine.Tests.Testing;

/// <summary>
/// The context object a TestState request provides: only the fields of a context object, each of
/// its JSON type, and a task token only for a Task whose integration pattern has one
/// (.sync, .sync:2, .waitForTaskToken). Checked over generated context objects and resources.
/// </summary>
public sealed class TestContextRuleTests
{
    private const string Invalid = "Invalid Context object provided: ";

    private static readonly StateTester Tester = new();

    private static readonly (string Parent, string Field, string Type)[] Fields =
    [
        ("Execution", "Id", "string"), ("Execution", "Input", "any"), ("Execution", "Name", "string"), ("Execution", "RoleArn", "string"),
        ("Execution", "StartTime", "string"), ("Execution", "RedriveCount", "integer"), ("Execution", "RedriveTime", "string"),
        ("State", "EnteredTime", "string"), ("State", "Name", "string"), ("State", "RetryCount", "integer"),
        ("StateMachine", "Id", "string"), ("StateMachine", "Name", "string"),
        ("Task", "Token", "string"),
    ];

    private static readonly JValue[] Values =
        [new JString("x"), JNumber.From(1), JNumber.From(1.5), JBool.False, JArray.Create([JNumber.From(1)]), JObject.Create(("a", JNumber.From(1)))];

    private static TestStateResponse Test(string context, string resource = "arn:aws:states:::lambda:invoke.waitForTaskToken") =>
        Tester.Test(new TestStateRequest
        {
            Definition = $$"""{"Type": "Task", "Resource": "{{resource}}", "End": true}""",
            Context = context,
            Mock = new MockInput { Result = "{}", FieldValidationMode = MockResponseValidationMode.NONE },
        });

    private static bool Fits(JValue value, string type) => type switch
    {
        "string" => value is JString,
        "integer" => value is JNumber { IsIntegral: true },
        _ => true,
    };

    [Fact]
    public void Each_field_takes_its_type_only() =>
        Gen.Select(Gen.Int[0, Fields.Length - 1], Gen.Int[0, Values.Length - 1]).Sample((f, v) =>
        {
            var (parent, field, type) = Fields[f];
            var context = JObject.Create((parent, JObject.Create((field, Values[v])))).ToJson();
            if (Fits(Values[v], type))
            {
                Assert.Equal(TestExecutionStatus.SUCCEEDED, Test(context).Status);
                return;
            }

            var article = type == "integer" ? "an" : "a";
            Assert.Equal($"{Invalid}{parent}.{field} must be {article} {type}", Assert.Throws<TestStateException>(() => Test(context)).Message);
        }, iter: 500);

    [Fact]
    public void Unknown_fields_are_not_allowed() =>
        Gen.Select(Gen.OneOf("Execution", "State", "StateMachine", "Task", "Pokedex", "Map", "execution"), Gen.String[Gen.Char.AlphaNumeric, 1, 8]).Sample((parent, field) =>
        {
            var context = JObject.Create((parent, (JValue)JObject.Create((field, (JValue)new JString("v"))))).ToJson();
            var e = Record.Exception(() => Test(context));
            var known = Fields.Any(f => f.Parent == parent && f.Field == field);
            var expected = parent switch
            {
                "Map" => $"{Invalid}'Map' field is not supported when mocking a Context object",
                "Pokedex" or "execution" => $"{Invalid}Field '{parent}' is not allowed",
                _ when !known => $"{Invalid}Field '{field}' is not allowed",
                _ => null,
            };
            Assert.Equal(expected, (e as TestStateException)?.Message);
        }, iter: 300);

    [Fact]
    public void A_task_token_belongs_only_to_a_task_that_waits_for_one()
    {
        var resources = new (string Resource, bool HasToken)[]
        {
            ("arn:aws:states:::lambda:invoke", false),
            ("arn:aws:states:::lambda:invoke.waitForTaskToken", true),
            ("arn:aws:states:::states:startExecution.sync", true),
            ("arn:aws:states:::states:startExecution.sync:2", true),
            ("arn:aws:states:::sqs:sendMessage.waitForTaskToken", true),
            ("arn:aws:states:::aws-sdk:s3:getObject", false),
            ("arn:aws:states:::ecs:runTask.sync", true),
            ("arn:aws:lambda:us-east-1:123456789012:function:f", false),
            ("arn:aws:states:us-east-1:123456789012:activity:a", false),
        };
        const string Context = """{"Task": {"Token": "abcd123"}}""";
        foreach (var (resource, hasToken) in resources)
        {
            if (hasToken)
            {
                Assert.Equal(TestExecutionStatus.SUCCEEDED, Test(Context, resource).Status);
            }
            else
            {
                Assert.Equal(
                    $"{Invalid}Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern",
                    Assert.Throws<TestStateException>(() => Test(Context, resource)).Message);
            }
        }

        // Without a Task member any of them takes a context.
        Assert.All(resources, r => Assert.Equal(TestExecutionStatus.SUCCEEDED, Test("""{"Execution": {"Id": "e"}}""", r.Resource).Status));
    }
}
