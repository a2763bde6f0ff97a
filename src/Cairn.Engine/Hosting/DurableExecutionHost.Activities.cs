using Cairn.Asl.Model;
using Cairn.Engine.Execution;

namespace Cairn.Engine.Hosting;

/// <summary>
/// Whether the activities that Task states name exist: an execution scheduling a task of an
/// activity that does not exist fails with States.Runtime. The host looks the machine's activities
/// up before each step and puts the missing ones in the step's input, so a replay of the log gets
/// the answers the execution had, whatever has become of the activities since.
/// </summary>
public sealed partial class DurableExecutionHost
{
    /// <summary>Whether an activity ARN names an activity (the server answers from its activity store); null when every activity is taken to exist.</summary>
    public Func<string, bool>? ActivityExists { get; set; }

    /// <summary>The input with the activities of the machine that do not exist now.</summary>
    private InterpreterInput WithMissingActivities(LiveExecution live, InterpreterInput input)
    {
        if (ActivityExists is not { } exists)
        {
            return input;
        }

        List<string>? missing = null;
        foreach (var activity in ActivityResources.Of(live.Machine))
        {
            if (!exists(activity))
            {
                (missing ??= new()).Add(activity);
            }
        }

        return missing is null ? input : input with { MissingActivities = missing };
    }
}
