namespace Cairn.Asl.Model;

/// <summary>How Retry and Catch ErrorEquals lists match an error name.</summary>
public static class ErrorMatching
{
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        for (var i = 0; i < errorEquals.Count; i++)
        {
            var candidate = errorEquals[i];
            if (string.Equals(candidate, error, StringComparison.Ordinal))
            {
                return true;
            }

            // States.ALL matches every error except the terminal ones AWS excludes.
            if (string.Equals(candidate, StatesErrors.All, StringComparison.Ordinal) && !IsUncatchable(error))
            {
                return true;
            }

            // States.TaskFailed matches any error except States.Timeout (and the uncatchable ones).
            if (string.Equals(candidate, StatesErrors.TaskFailed, StringComparison.Ordinal)
                && !string.Equals(error, StatesErrors.Timeout, StringComparison.Ordinal)
                && !IsUncatchable(error))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// States.Runtime is not matched by States.ALL. (States.DataLimitExceeded is: AWS's recordings
    /// show a task result over the limit caught by a States.ALL catcher.)
    /// </summary>
    private static bool IsUncatchable(string error) => string.Equals(error, StatesErrors.Runtime, StringComparison.Ordinal);
}
