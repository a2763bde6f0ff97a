using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;

namespace Cairn.Engine.Execution;

/// <summary>Wait states and timers: compute the due time, start a timer, carry on when it fires (a Wait exits, a retry runs).</summary>
public sealed partial class Interpreter
{
    private void RunWait(Frame frame, WaitState wait)
    {
        var effective = DataFlow.ApplyInputPath(frame, wait, frame.Input);
        var now = _clock.GetUtcNow();
        var due = WaitTiming.Due(frame, wait, effective, now);
        (frame.Output, frame.PendingAssign) = WaitTiming.Output(frame, wait, effective);
        frame.Phase = FramePhase.WaitingForTimer;
        StartTimer(frame, due < now ? now : due);
    }

    private void StartTimer(Frame frame, DateTimeOffset due)
    {
        var id = NextId();
        frame.PendingId = id;
        _pending[id] = frame;
        _commands.Add(new ExecutionCommand.StartTimer(id, due));
    }

    private void OnTimerFired(Frame frame)
    {
        switch (frame.Phase)
        {
            case FramePhase.WaitingForTimer:
                frame.Phase = FramePhase.Enter;
                var wait = frame.Current;
                Exit(frame, wait, frame.Output!, frame.PendingAssign);
                frame.Output = null;
                frame.PendingAssign = null;
                break;
            case FramePhase.WaitingForRetry:
                Retry(frame);
                break;
        }

        if (frame.Phase == FramePhase.Enter)
        {
            _ready.Enqueue(frame);
        }
    }
}
