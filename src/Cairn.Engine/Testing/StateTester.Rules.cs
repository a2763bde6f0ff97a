using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>The TestState rules on the request, the mock and the state types, with AWS's messages.</summary>
public sealed partial class StateTester
{
    private const string MapOrParallelWithoutMock =
        "TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]";

    private static void CheckRequest(TestStateRequest request)
    {
        var mock = request.Mock;
        if (mock is { Result: not null, ErrorOutput: not null })
        {
            throw TestStateException.Validation("A test mock should have only one of the following fields: [result, errorOutput].");
        }

        if (mock is not null && request.RevealSecrets)
        {
            throw TestStateException.Validation("TestState does not support RevealSecrets when a mock is specified.");
        }

        if (mock is null && request.StateConfiguration?.MapIterationFailureCount is not null)
        {
            throw TestStateException.Validation("TestState does not support MapIterationFailureCount when a mock is not specified.");
        }

        // AWS documents mock.errorOutput.error as "required if mock.errorOutput is specified".
        if (mock?.ErrorOutput is { Error: null })
        {
            throw TestStateException.Validation("A test mock errorOutput should have the following fields: [error].");
        }
    }

    /// <summary>Checks that the state type and the mock go together; returns the mock with its result parsed.</summary>
    private TestMock? CheckMock(TestStateRequest request, TestTarget target)
    {
        var state = target.State;
        var mock = request.Mock;
        if (mock is null)
        {
            switch (state.Type)
            {
                case StateType.Map or StateType.Parallel:
                    throw new TestStateException(TestStateException.InvalidDefinition, MapOrParallelWithoutMock);
                case StateType.Task when request.RoleArn is null:
                    throw TestStateException.Validation("RoleArn must be specified when testing a Task state");
                case StateType.Task when _options.Tasks is not null:
                    return null;
                case StateType.Task:
                    throw new TestStateException(
                        TestStateException.UnsupportedOperation,
                        $"Testing a Task state calls its resource '{((TaskState)state).Resource}', which this engine does not do: provide a mock result or error.");
                default:
                    return null;
            }
        }

        if (state.Type is not (StateType.Task or StateType.Map or StateType.Parallel))
        {
            throw TestStateException.Validation($"State type '{state.Type}' is not supported when a mock is specified");
        }

        if (mock.ErrorOutput is { } errorOutput)
        {
            return new TestMock(null, errorOutput);
        }

        var result = ParseMockResult(mock.Result);
        switch (state)
        {
            case ParallelState parallel:
                if (result is not JArray branches)
                {
                    throw TestStateException.Validation("Mocked result must be an array.");
                }

                if (branches.Count != parallel.Branches.Count)
                {
                    throw TestStateException.Validation("Mocked result must contain the same number of items as number of Parallel branches.");
                }

                break;
            case MapState when target.Definition.ContainsKey("ResultWriter"):
                if (result is not JObject)
                {
                    throw TestStateException.Validation("Mocked result must be a JSON object.");
                }

                break;
            case MapState:
                if (result is not JArray)
                {
                    throw TestStateException.Validation("Mocked result must be an array.");
                }

                break;
            case TaskState task:
                MockResultValidator.Validate(task.Resource, result, mock.FieldValidationMode);
                break;
        }

        return new TestMock(result, null);
    }

    private static JValue ParseMockResult(string? text)
    {
        if (text is null)
        {
            throw TestStateException.Validation("A test mock should have one of the following fields: [result, errorOutput].");
        }

        // Checked in every field validation mode, NONE included; AWS's message names no position.
        if (!JValue.TryParse(text, out var result, out _))
        {
            throw TestStateException.Validation("Mocked result must be valid JSON");
        }

        return result;
    }
}
