using Cairn.Asl.Model;
using Cairn.Engine.Execution;
using Cairn.Engine.Execution.States;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// The context object of a state under test: the one the request provides (checked against the
/// fields a context object can have), or one made up for an Express execution that starts now.
/// </summary>
internal static class TestContextObject
{
    private const string String = "string";
    private const string Integer = "integer";
    private const string Any = "any";

    /// <summary>The fields a provided context object may have, and the JSON type each takes.</summary>
    private static readonly Dictionary<string, (string Name, string Type)[]> AllowedFields = new(StringComparer.Ordinal)
    {
        ["Execution"] = [("Id", String), ("Input", Any), ("Name", String), ("RoleArn", String), ("StartTime", String), ("RedriveCount", Integer), ("RedriveTime", String)],
        ["State"] = [("EnteredTime", String), ("Name", String), ("RetryCount", Integer)],
        ["StateMachine"] = [("Id", String), ("Name", String)],
        ["Task"] = [("Token", String)],
    };

    /// <summary>
    /// Parses and checks the context object a request provides for <paramref name="state"/>: known
    /// fields only, each of its type (<c>Execution.Id must be a string</c>), and a <c>Task</c> (its
    /// token) only for a Task whose integration pattern has a token (.sync, .waitForTaskToken).
    /// </summary>
    public static JObject Parse(string text, State state)
    {
        if (!JValue.TryParse(text, out var value, out var error))
        {
            throw Invalid(error ?? "not valid JSON");
        }

        if (value is not JObject context)
        {
            throw Invalid("it must be a JSON object");
        }

        foreach (var (name, member) in context.Members)
        {
            if (name == "Map")
            {
                throw Invalid("'Map' field is not supported when mocking a Context object");
            }

            if (!AllowedFields.TryGetValue(name, out var fields))
            {
                throw Invalid($"Field '{name}' is not allowed");
            }

            if (member is not JObject obj)
            {
                throw Invalid($"{name} must be an object");
            }

            foreach (var (field, fieldValue) in obj.Members)
            {
                var index = Array.FindIndex(fields, f => f.Name == field);
                if (index < 0)
                {
                    throw Invalid($"Field '{field}' is not allowed");
                }

                var type = fields[index].Type;
                if (!HasType(fieldValue, type))
                {
                    throw Invalid($"{name}.{field} must be {(type == Integer ? "an integer" : "a string")}");
                }
            }
        }

        if (context.ContainsKey("Task") && !HasTaskToken(state))
        {
            throw Invalid("Context object contains 'Task' when state is not a Task state with a '.sync' or '.waitForTaskToken' service integration pattern");
        }

        return context;
    }

    private static bool HasType(JValue value, string type) => type switch
    {
        String => value is JString or JNull,
        Integer => value is JNumber { IsIntegral: true } or JNull,
        _ => true,
    };

    /// <summary>Only a Task waiting for a job (.sync) or a callback (.waitForTaskToken) has a task token.</summary>
    private static bool HasTaskToken(State state) =>
        state is TaskState task && (task.IsWaitForTaskToken || TaskResource.IsJobRun(task.Resource));

    /// <summary>The context object of an Express execution started now for the test alone.</summary>
    public static JObject Create(TestExecution execution, State state, JValue input, int retryCount, string? taskToken)
    {
        var builder = new JObjectBuilder(4);
        builder.Set("Execution", JObject.Create(
            ("Id", new JString(execution.ExecutionArn)),
            ("Input", input),
            ("Name", new JString(execution.ExecutionName)),
            ("RoleArn", execution.RoleArn is null ? JNull.Instance : new JString(execution.RoleArn)),
            ("StartTime", new JString(TimeFormat.Iso(execution.StartTime)))));
        builder.Set("StateMachine", JObject.Create(
            ("Id", new JString(execution.StateMachineArn)),
            ("Name", new JString(execution.StateMachineName))));
        var entered = new JString(TimeFormat.Iso(execution.StartTime));
        var name = new JString(TestTarget.SingleStateName);

        // As in executions, only the states that can retry report RetryCount.
        builder.Set("State", state.Type is StateType.Task or StateType.Parallel or StateType.Map
            ? JObject.Create(("Name", name), ("EnteredTime", entered), ("RetryCount", JNumber.From(retryCount)))
            : JObject.Create(("Name", name), ("EnteredTime", entered)));
        if (taskToken is not null)
        {
            builder.Set("Task", JObject.Create(("Token", new JString(taskToken))));
        }

        return builder.Build();
    }

    private static TestStateException Invalid(string reason) =>
        TestStateException.Validation($"Invalid Context object provided: {reason}");
}
