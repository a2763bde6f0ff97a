using System.Runtime.CompilerServices;
using Cairn.Asl.Model;
using Cairn.Engine.Execution.States;

namespace Cairn.Engine.Hosting;

/// <summary>The activity ARNs a machine's Task states name (in its branches and Map iterations too), found once per compiled machine.</summary>
internal static class ActivityResources
{
    private static readonly ConditionalWeakTable<StateMachine, string[]> Found = new();

    public static IReadOnlyList<string> Of(StateMachine machine) => Found.GetValue(machine, static m =>
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Collect(m, found);
        return found.ToArray();
    });

    private static void Collect(StateMachine machine, SortedSet<string> found)
    {
        foreach (var state in machine.States.Values)
        {
            switch (state)
            {
                case TaskState task when TaskResource.IsActivity(task.Resource):
                    found.Add(task.Resource);
                    break;
                case ParallelState parallel:
                    foreach (var branch in parallel.Branches)
                    {
                        Collect(branch, found);
                    }

                    break;
                case MapState map:
                    Collect(map.ItemProcessor, found);
                    break;
            }
        }
    }
}
