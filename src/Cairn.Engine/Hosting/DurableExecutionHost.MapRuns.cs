using Cairn.Engine.Execution;

namespace Cairn.Engine.Hosting;

/// <summary>UpdateMapRun: a logged input, so that replaying the execution sees the new limits at the same point.</summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>
    /// Changes the limits of a running Map Run of a live execution once the change is committed.
    /// Returns false when the execution holds no such running Map Run (it has ended, or the Map Run has).
    /// </summary>
    public async Task<bool> UpdateMapRunAsync(string executionArn, MapRunUpdate update)
    {
        var step = WithLive(
            executionArn,
            live => live.Closed || !live.Interpreter.IsMapRunRunning(update.MapRunArn) ? null : ApplyAsync(live, time => InterpreterInput.UpdateMapRun(time, update)),
            null);
        if (step is null)
        {
            return false;
        }

        await step.ConfigureAwait(false);
        return true;
    }
}
