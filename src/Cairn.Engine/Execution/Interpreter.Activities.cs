using Cairn.Asl;

namespace Cairn.Engine.Execution;

/// <summary>
/// Activities that do not exist: AWS schedules nothing (no ActivityScheduled) and the state fails
/// with States.Runtime, "The activity ARN does not exist.", which States.ALL does not catch.
/// </summary>
public sealed partial class Interpreter
{
    /// <summary>
    /// Whether an activity ARN names an activity, asked each time an activity task is about to be
    /// scheduled; null when every activity is taken to exist. The host answers it; the answers must
    /// be the same when the execution is rebuilt from its inputs.
    /// </summary>
    public Func<string, bool>? ActivityExists { get; set; }

    private void EnsureActivityExists(string activityArn)
    {
        if (ActivityExists is { } exists && !exists(activityArn))
        {
            throw new StatesException(StatesErrors.Runtime, $"The activity {activityArn} does not exist.");
        }
    }
}
