namespace Cairn.Integrations.Mocks;

/// <summary>
/// A mock configuration file that cannot be used. The message names the offending place as a
/// dotted path from the document root (for example <c>MockedResponses.Retry.'1-2'</c>) so the
/// file can be fixed without guessing.
/// </summary>
public sealed class MockConfigException : Exception
{
    public MockConfigException(string path, string problem, Exception? inner = null)
        : base(path.Length == 0 ? problem : $"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Where the problem is, as a dotted path; empty for the document itself.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
