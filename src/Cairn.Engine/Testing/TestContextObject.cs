using Cairn.Asl.Model;
using Cairn.Engine.History;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// The context object of a state under test: the one the request provides (checked against the
/// fields a context object can have), or one made up for an Express execution that starts now.
/// </summary>
internal static class TestContextObject
{
    private static readonly Dictionary<string, string[]> AllowedFields = new(StringComparer.Ordinal)
    {
        ["Execution"] = ["Id", "Input", "Name", "RoleArn", "StartTime", "RedriveCount", "RedriveTime"],
        ["State"] = ["EnteredTime", "Name", "RetryCount"],
        ["StateMachine"] = ["Id", "Name"],
        ["Task"] = ["Token"],
    };

    /// <summary>Parses and checks the context object a request provides.</summary>
    public static JObject Parse(string text)
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

            if (member is JObject obj)
            {
                foreach (var (field, _) in obj.Members)
                {
                    if (Array.IndexOf(fields, field) < 0)
                    {
                        throw Invalid($"Field '{field}' is not allowed");
                    }
                }
            }
        }

        return context;
    }

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
