namespace Cairn.Conformance.Tests.Replay;

/// <summary>The harness cannot replay or rebuild this unit (e.g. it needs another AWS service); not an implementation failure.</summary>
public sealed class UnsupportedUnitException(string reason) : Exception(reason);
