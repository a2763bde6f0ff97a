using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>
/// Retry and Catch: which retrier or catcher an error matches (only the first that matches
/// decides), how long a retry waits, and what a catcher passes on.
/// </summary>
internal static class ErrorRules
{
    public static ErrorHandling ErrorHandlingOf(State state) => state switch
    {
        TaskState task => task.ErrorHandling,
        ParallelState parallel => parallel.ErrorHandling,
        MapState map => map.ErrorHandling,
        _ => ErrorHandling.None,
    };

    /// <summary>The index of the first retrier whose ErrorEquals matches <paramref name="error"/>, or -1; only that retrier decides.</summary>
    public static int MatchingRetrier(ErrorHandling handling, string error)
    {
        var retriers = handling.Retry;
        for (var i = 0; i < retriers.Count; i++)
        {
            if (retriers[i].Matches(error))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The interval before the retry that follows <paramref name="attempt"/> earlier retries, before jitter: IntervalSeconds × BackoffRate^attempt, capped by MaxDelaySeconds.</summary>
    public static double RetryInterval(Retrier retrier, int attempt)
    {
        var delay = retrier.IntervalSeconds * Math.Pow(retrier.BackoffRate, attempt);
        return retrier.MaxDelaySeconds is { } max && delay > max ? max : delay;
    }

    /// <summary>The index of the first catcher whose ErrorEquals matches <paramref name="error"/>, or -1.</summary>
    public static int MatchingCatcher(ErrorHandling handling, string error)
    {
        var catchers = handling.Catch;
        for (var i = 0; i < catchers.Count; i++)
        {
            if (catchers[i].Matches(error))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The error output a catcher receives: <c>{"Error", "Cause"}</c>.</summary>
    public static JObject ErrorOutput(string error, string? cause) =>
        JObject.Create(("Error", new JString(error)), ("Cause", cause is null ? JNull.Instance : new JString(cause)));

    /// <summary>
    /// What a catcher passes to its Next state and the variables it assigns: a JSONata catcher's
    /// Output (default: the error output), or a JSONPath catcher's ResultPath into the state input.
    /// </summary>
    public static (JValue Output, JObject? Assigned) CatcherOutput(IDataScope scope, Catcher catcher, JValue input, JObject errorOutput)
    {
        if (catcher.Jsonata is { } jsonata)
        {
            return JsonataFlow.Exit(jsonata, new JsonataScope(scope, input, errorOutput: errorOutput), errorOutput);
        }

        var assigned = DataFlow.Assign(scope, catcher.Assign, errorOutput);
        var output = catcher.ResultPathIsNull ? input : DataFlow.ApplyReferencePath(catcher.ResultPath, input, errorOutput);
        return (output, assigned);
    }
}
