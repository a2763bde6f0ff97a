using Cairn.Asl;
using Cairn.Asl.Choice;
using Cairn.Asl.Data;
using Cairn.Asl.Model;
using Cairn.Json;

namespace Cairn.Engine.Execution;

/// <summary>Wait states: compute the due time, start a timer, exit when it fires.</summary>
public sealed partial class Interpreter
{
    /// <summary>The longest wait AWS accepts: 2^31 - 1 seconds.</summary>
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(int.MaxValue);

    private void RunWait(Frame frame, WaitState wait)
    {
        var effective = ApplyInputPath(frame, wait, frame.Input);
        var now = _clock.GetUtcNow();
        var due = WaitDue(frame, wait, effective, now);
        (frame.Output, frame.PendingAssign) = WaitOutput(frame, wait, effective);
        frame.Phase = FramePhase.WaitingForTimer;
        StartTimer(frame, due < now ? now : due);
    }

    /// <summary>When a Wait state entered at <paramref name="now"/> ends: after Seconds, or at Timestamp.</summary>
    internal static DateTimeOffset WaitDue(Asl.Data.IDataScope scope, WaitState wait, JValue effective, DateTimeOffset now)
    {
        var due = wait.Seconds is not null ? now.AddSeconds(WaitSeconds(scope, wait, effective)) : WaitUntil(scope, wait, effective);
        if (due - now > MaxWait)
        {
            throw new StatesException(StatesErrors.Runtime, "Wait state delay is too long.");
        }

        return due;
    }

    /// <summary>The output and assignments of a Wait state, evaluated when it is entered.</summary>
    internal static (JValue Output, JObject? Assigned) WaitOutput(Asl.Data.IDataScope scope, WaitState wait, JValue effective) =>
        wait.Jsonata is { } jsonata
            ? JsonataExit(jsonata, new Asl.Jsonata.JsonataScope(scope, effective), effective)
            : (ApplyOutputPath(scope, wait, effective), Assign(scope, wait.Assign, effective));

    private static long WaitSeconds(Asl.Data.IDataScope scope, WaitState wait, JValue effective)
    {
        var source = wait.Seconds!;
        var value = source.Resolve(effective, scope);
        return value is JNumber { IsIntegral: true, IntegerValue: >= 0 } n ? n.IntegerValue
            : throw (value is JNumber ? FieldCauses.OutOfRange(source, value) : FieldCauses.Invalid(source, value, "integer"));
    }

    private static DateTimeOffset WaitUntil(Asl.Data.IDataScope scope, WaitState wait, JValue effective)
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
