using Cairn.Engine.Execution;
using Cairn.Engine.History;

namespace Cairn.Cli;

/// <summary>Shows progress on a terminal: one line per state entered, and the outcome of tasks.</summary>
internal static class Progress
{
    public static void Show(TextWriter stderr, StepResult step)
    {
        foreach (var e in step.Events)
        {
            Show(stderr, e);
        }
    }

    private static void Show(TextWriter stderr, HistoryEvent e)
    {
        var type = e.Type.ToString();
        if (e.Details is StateEnteredEventDetails entered)
        {
            stderr.WriteLine($"  → {entered.Name} ({type[..type.IndexOf("State", StringComparison.Ordinal)]})");
        }
        else if (e.Type is HistoryEventType.TaskFailed or HistoryEventType.LambdaFunctionFailed && e.Details is { } details)
        {
            stderr.WriteLine($"    ✗ {type}: {details.ToJson(true).ToJson()}");
        }
    }
}
