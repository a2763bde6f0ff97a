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

    /// <summary>States.Runtime and States.DataLimitExceeded are not matched by States.ALL.</summary>
    private static bool IsUncatchable(string error) =>
        string.Equals(error, StatesErrors.Runtime, StringComparison.Ordinal)
        || string.Equals(error, StatesErrors.DataLimitExceeded, StringComparison.Ordinal);
}
