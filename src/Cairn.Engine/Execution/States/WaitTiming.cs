using Cairn.Asl;
using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution.States;

/// <summary>When a Wait state ends (Seconds, SecondsPath, Timestamp, TimestampPath), with AWS's errors, and what it outputs.</summary>
internal static class WaitTiming
{
    /// <summary>The longest wait AWS accepts: 2^31 - 1 seconds.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(int.MaxValue);

    /// <summary>When a Wait state entered at <paramref name="now"/> ends: after Seconds, or at Timestamp.</summary>
    public static DateTimeOffset Due(IDataScope scope, WaitState wait, JValue effective, DateTimeOffset now)
    {
        var due = wait.Seconds is not null ? now.AddSeconds(Seconds(scope, wait, effective)) : Until(scope, wait, effective);
        if (due - now > MaxWait)
        {
            throw new StatesException(StatesErrors.Runtime, "Wait state delay is too long.");
        }

        return due;
    }

    /// <summary>The output and assignments of a Wait state, evaluated when it is entered.</summary>
    public static (JValue Output, JObject? Assigned) Output(IDataScope scope, WaitState wait, JValue effective) =>
        wait.Jsonata is { } jsonata
            ? JsonataFlow.Exit(jsonata, new JsonataScope(scope, effective), effective)
            : (DataFlow.ApplyOutputPath(scope, wait, effective), DataFlow.Assign(scope, wait.Assign, effective));

    private static long Seconds(IDataScope scope, WaitState wait, JValue effective)
    {
        var source = wait.Seconds!;
        var value = source.Resolve(effective, scope);
        return value is JNumber { IsIntegral: true, IntegerValue: >= 0 } n ? n.IntegerValue
            : throw (value is JNumber ? FieldCauses.OutOfRange(source, value) : FieldCauses.Invalid(source, value, "integer"));
    }

    private static DateTimeOffset Until(IDataScope scope, WaitState wait, JValue effective)
    {
        var source = wait.Timestamp!;
        var value = source.Resolve(effective, scope);
        if (value is JString s && AslTimestamp.TryParse(s.Value, out var due))
        {
            return DateTimeOffset.FromUnixTimeSeconds(due.EpochSecond).AddTicks(due.Nanosecond / 100);
        }

        throw value is JString ? FieldCauses.OutOfRange(source, value) : FieldCauses.Invalid(source, value, "string");
    }
}
