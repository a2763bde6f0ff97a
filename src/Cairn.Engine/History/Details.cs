using Cairn.Json;

namespace Cairn.Engine.History;

public sealed class ExecutionStartedEventDetails(JValue input, string? inputText, string roleArn) : EventDetails
{
    public JValue Input { get; } = input;

    public override string Key => "executionStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(3);
        if (includeExecutionData)
        {
            b.Set("input", new JString(inputText ?? Input.ToJson()));
        }

        b.Set("inputDetails", TruncatedFalse);
        b.Set("roleArn", new JString(roleArn));
        return b.Build();
    }
}

public sealed class ExecutionSucceededEventDetails(JValue output) : EventDetails
{
    public JValue Output { get; } = output;

    public override string Key => "executionSucceededEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddPayload(b, "output", Output, includeExecutionData);
        return b.Build();
    }
}

/// <summary>Details holding an error and a cause: ExecutionFailed, ExecutionAborted, ExecutionTimedOut, MapStateFailed, ...</summary>
public sealed class ErrorEventDetails(string key, string? error, string? cause) : EventDetails
{
    public string? Error { get; } = error;

    public string? Cause { get; } = cause;

    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddOptional(b, "error", Error);
        if (includeExecutionData)
        {
            AddOptional(b, "cause", Cause);
        }

        return b.Build();
    }
}

/// <summary>A state was entered. The first state reports the execution input verbatim (<paramref name="inputText"/>).</summary>
public sealed class StateEnteredEventDetails(string name, JValue input, string? inputText = null) : EventDetails
{
    public string Name { get; } = name;

    public JValue Input { get; } = input;

    public override string Key => "stateEnteredEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(3);
        b.Set("name", new JString(Name));
        if (includeExecutionData)
        {
            b.Set("input", new JString(inputText ?? Input.ToJson()));
        }

        b.Set("inputDetails", TruncatedFalse);
        return b.Build();
    }
}

public sealed class MapRunStartedEventDetails(string mapRunArn) : EventDetails
{
    public string MapRunArn { get; } = mapRunArn;

    public override string Key => "mapRunStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData) => JObject.Create(("mapRunArn", new JString(MapRunArn)));
}

public sealed class StateExitedEventDetails(string name, JValue output, JObject? assignedVariables) : EventDetails
{
    public string Name { get; } = name;

    public JValue Output { get; } = output;

    public JObject? AssignedVariables { get; } = assignedVariables;

    public override string Key => "stateExitedEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(5);
        b.Set("name", new JString(Name));
        AddPayload(b, "output", Output, includeExecutionData);
        if (AssignedVariables is not null)
        {
            var vars = new JObjectBuilder(AssignedVariables.Count);
            foreach (var (key, value) in AssignedVariables.Members)
            {
                vars.Set(key, new JString(value.ToJson()));
            }

            b.Set("assignedVariables", vars.Build());
            b.Set("assignedVariablesDetails", TruncatedFalse);
        }

        return b.Build();
    }
}

public sealed class MapStateStartedEventDetails(int length) : EventDetails
{
    public override string Key => "mapStateStartedEventDetails";

    public override JObject ToJson(bool includeExecutionData) => JObject.Create(("length", JNumber.From(length)));
}

/// <summary>Details of MapIterationStarted/Succeeded/Failed/Aborted: the Map state's name and the index.</summary>
public sealed class MapIterationEventDetails(string key, string name, int index) : EventDetails
{
    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData) =>
        JObject.Create(("name", new JString(name)), ("index", JNumber.From(index)));
}

public sealed class TaskScheduledEventDetails(string resourceType, string resource, string region, JValue parameters, long? timeoutInSeconds, long? heartbeatInSeconds) : EventDetails
{
    public override string Key => "taskScheduledEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(6);
        b.Set("resourceType", new JString(resourceType));
        b.Set("resource", new JString(resource));
        b.Set("region", new JString(region));
        b.Set("parameters", new JString(parameters.ToJson()));
        if (timeoutInSeconds is { } t)
        {
            b.Set("timeoutInSeconds", JNumber.From(t));
        }

        if (heartbeatInSeconds is { } h)
        {
            b.Set("heartbeatInSeconds", JNumber.From(h));
        }

        return b.Build();
    }
}

/// <summary>TaskStarted, TaskSucceeded, TaskFailed, TaskTimedOut, TaskSubmitted: resource type and name plus an output or an error.</summary>
public sealed class TaskEventDetails(string key, string resourceType, string resource, JValue? output = null, string? error = null, string? cause = null) : EventDetails
{
    public override string Key => key;

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(5);
        b.Set("resourceType", new JString(resourceType));
        b.Set("resource", new JString(resource));
        AddPayload(b, "output", output, includeExecutionData);
        AddOptional(b, "error", error);
        if (includeExecutionData)
        {
            AddOptional(b, "cause", cause);
        }

        return b.Build();
    }
}

public sealed class LambdaFunctionScheduledEventDetails(string resource, JValue input, long? timeoutInSeconds) : EventDetails
{
    public override string Key => "lambdaFunctionScheduledEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(4);
        b.Set("resource", new JString(resource));
        AddPayload(b, "input", input, includeExecutionData);
        if (timeoutInSeconds is { } t)
        {
            b.Set("timeoutInSeconds", JNumber.From(t));
        }

        return b.Build();
    }
}

public sealed class LambdaFunctionSucceededEventDetails(JValue output) : EventDetails
{
    public override string Key => "lambdaFunctionSucceededEventDetails";

    public override JObject ToJson(bool includeExecutionData)
    {
        var b = new JObjectBuilder(2);
        AddPayload(b, "output", output, includeExecutionData);
        return b.Build();
    }
}
