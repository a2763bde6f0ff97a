namespace Cairn.Cli;

/// <summary>A problem with the user's files or input, reported as one line: what and where.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>A malformed command line.</summary>
public sealed class UsageException(string message) : Exception(message);
