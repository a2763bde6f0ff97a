namespace Cairn.Conformance.Tests.Replay;

/// <summary>Result of one unit: outcome, first difference (short) and every difference per key (report).</summary>
public sealed record UnitResult(string Dir, string Folder, UnitOutcome Outcome, string? FirstDifference, IReadOnlyList<string> Details);
