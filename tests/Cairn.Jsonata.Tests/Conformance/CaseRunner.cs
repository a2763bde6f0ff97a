using System.Diagnostics;
using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// Compiles and evaluates one suite case and judges the outcome. Every case runs with a time limit
/// (its own <c>timelimit</c>, or <see cref="DefaultTimeLimit"/>) passed to the evaluator, on its own
/// thread with a large stack; a case still running <see cref="WatchdogGrace"/> past that limit is
/// abandoned and fails, so a runaway evaluation cannot hang the run.
/// </summary>
internal static class CaseRunner
{
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan WatchdogGrace = TimeSpan.FromSeconds(10);

    /// <summary>Deep recursion must end in the evaluator's own depth guard, not in a stack overflow that kills the test host.</summary>
    private const int StackBytes = 256 * 1024 * 1024;

    public static CaseResult Run(SuiteCase c) => Run(c, WatchdogGrace);

    internal static CaseResult Run(SuiteCase c, TimeSpan watchdogGrace)
    {
        if (c.LoadError is not null)
        {
            return new CaseResult(c, false, "case could not be loaded: " + c.LoadError, "not run", TimeSpan.Zero);
        }

        var limit = c.TimeLimitMs is { } ms ? TimeSpan.FromMilliseconds(ms) : DefaultTimeLimit;
        Outcome? outcome = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() => outcome = Evaluate(c, limit), StackBytes) { IsBackground = true, Name = "jsonata case " + c.Id };
        thread.Start();
        if (!thread.Join(limit + watchdogGrace))
        {
            return new CaseResult(c, false, $"no result {(limit + watchdogGrace).TotalSeconds:0.##} s after the start although the time limit was {limit.TotalMilliseconds:0} ms; the evaluation was abandoned", "still running", clock.Elapsed);
        }

        return Judge(c, outcome!, clock.Elapsed);
    }

    private static Outcome Evaluate(SuiteCase c, TimeSpan limit)
    {
        try
        {
            var expression = JsonataExpression.Compile(c.Expression);
            var options = new JsonataOptions
            {
                Bindings = c.Bindings,
                TimeLimit = limit,
                DepthLimit = c.Depth,
            };
            return new Outcome(expression.Evaluate(c.Input, options), null);
        }
        catch (Exception e)
        {
            return new Outcome(null, e);
        }
    }

    private static CaseResult Judge(SuiteCase c, Outcome outcome, TimeSpan elapsed)
    {
        var actual = Describe(outcome);
        var difference = c.Expected switch
        {
            CaseExpectation.Result r => outcome.Error is not null || outcome.Value is null
                ? $"expected {JsonComparison.Show(r.Value)}, got {actual}"
                : JsonComparison.FirstDifference(r.Value, outcome.Value, r.Unordered),
            CaseExpectation.Undefined => outcome.Error is not null || outcome.Value is not null
                ? $"expected undefined, got {actual}"
                : null,
            CaseExpectation.Error e => ErrorDifference(e, outcome, actual),
            _ => throw new InvalidOperationException(c.Expected.GetType().Name),
        };
        return new CaseResult(c, difference is null, difference, actual, elapsed);
    }

    private static string? ErrorDifference(CaseExpectation.Error expected, Outcome outcome, string actual)
    {
        if (outcome.Error is not JsonataException error)
        {
            return $"expected {expected.Describe()}, got {actual}";
        }

        var mismatches = new List<string>();
        if (!string.Equals(error.Code, expected.Code, StringComparison.Ordinal))
        {
            mismatches.Add($"code {error.Code} instead of {expected.Code}");
        }

        if (expected.Token is not null && !string.Equals(error.Token, expected.Token, StringComparison.Ordinal))
        {
            mismatches.Add($"token '{error.Token}' instead of '{expected.Token}'");
        }

        if (expected.Message is not null && !string.Equals(error.Message, expected.Message, StringComparison.Ordinal))
        {
            mismatches.Add($"message \"{error.Message}\" instead of \"{expected.Message}\"");
        }

        if (expected.Value is not null && (error.Value is null || !error.Value.Equals(expected.Value)))
        {
            mismatches.Add($"value {JsonComparison.Show(error.Value)} instead of {JsonComparison.Show(expected.Value)}");
        }

        return mismatches.Count == 0 ? null : $"expected {expected.Describe()}, got {actual}: " + string.Join("; ", mismatches);
    }

    private static string Describe(Outcome outcome) => outcome.Error switch
    {
        null => outcome.Value is null ? "undefined" : JsonComparison.Show(outcome.Value, 600),
        JsonataException j => $"error {j.Code}: {j.Message} (position {j.Position}{(j.Token is null ? string.Empty : $", token '{j.Token}'")})",
        var other => $"{other.GetType().Name}: {other.Message} {TopFrames(other)}",
    };

    /// <summary>Where an unexpected exception came from, for whoever fixes it.</summary>
    private static string TopFrames(Exception e)
    {
        var frames = (e.StackTrace ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(3);
        return "[" + string.Join(" | ", frames) + "]";
    }

    private sealed record Outcome(JValue? Value, Exception? Error);
}
