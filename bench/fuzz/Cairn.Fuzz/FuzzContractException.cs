namespace Cairn.Fuzz;

/// <summary>A target broke its contract in a way that is not an exception of its own (e.g. a value that does not survive a round trip).</summary>
public sealed class FuzzContractException(string message) : Exception(message);
