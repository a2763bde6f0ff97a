using Cairn.Engine.Execution;

namespace Cairn.Engine.Hosting;

/// <summary>Map Runs: UpdateMapRun is a logged input, so that replaying the execution sees the new limits at the same point. The Map Runs' state is written with each batch (<see cref="StepResult.MapRuns"/>).</summary>
internal sealed class MapRunUpdates(DurableExecutionHost host)
{
    /// <summary>
    /// Changes the limits of a running Map Run of a live execution once the change is committed.
    /// Returns false when the execution holds no such running Map Run (it has ended, or the Map Run has).
    /// </summary>
    public async Task<bool> UpdateAsync(string executionArn, MapRunUpdate update)
    {
        var step = host.Residency.WithLive(
            executionArn,
            live => live.Closed || !live.Interpreter.IsMapRunRunning(update.MapRunArn) ? null : host.Pipeline.ApplyAsync(live, time => InterpreterInput.UpdateMapRun(time, update)),
            null);
        if (step is null)
        {
            return false;
        }

        await step.ConfigureAwait(false);
        return true;
    }
}
