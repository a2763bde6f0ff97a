using System.Collections.Concurrent;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// The suite, loaded once per test run, and each case's result, computed once: the per-case tests and
/// the summary test share them, so running both costs one evaluation per case.
/// </summary>
internal static class SuiteResults
{
    /// <summary>Substring of case ids to run (several separated by <c>|</c>); all cases when unset.</summary>
    public const string FilterVariable = "CAIRN_JSONATA_FILTER";

    /// <summary>When "1", a per-case test of a listed known failure fails as well.</summary>
    public const string StrictVariable = "CAIRN_JSONATA_STRICT";

    private static readonly Lazy<TestSuite?> LazySuite = new(() => SuiteLocation.LocateRoot() is { } root ? TestSuite.Load(root) : null);

    private static readonly ConcurrentDictionary<string, Lazy<CaseResult>> Results = new(StringComparer.Ordinal);

    public static TestSuite? Suite => LazySuite.Value;

    public static string? Filter => Environment.GetEnvironmentVariable(FilterVariable) is { Length: > 0 } f ? f : null;

    public static bool Strict => Environment.GetEnvironmentVariable(StrictVariable) == "1";

    public static IEnumerable<SuiteCase> Selected(TestSuite suite)
    {
        var parts = Filter?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts is null ? suite.Cases : suite.Cases.Where(c => parts.Any(p => c.Id.Contains(p, StringComparison.Ordinal)));
    }

    public static CaseResult Result(SuiteCase c) =>
        Results.GetOrAdd(c.Id, _ => new Lazy<CaseResult>(() => CaseRunner.Run(c))).Value;
}
