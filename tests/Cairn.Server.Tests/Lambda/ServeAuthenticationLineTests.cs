using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>The startup line of <c>cairn serve</c> says whether requests are authenticated.</summary>
public sealed class ServeAuthenticationLineTests
{
    [Fact]
    public void WithoutCredentialsTheLineSaysRequestsAreNotAuthenticated()
    {
        using var server = ServeProcess.Start("--in-memory");
        Assert.Contains("requests are NOT authenticated", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WithCredentialsTheLineSaysRequestsAreAuthenticated()
    {
        using var server = ServeProcess.Start("--in-memory", "--access-key", "AKIDEXAMPLE", "--secret-key", "secret");
        Assert.Contains("requests are authenticated (SigV4)", server.Output, StringComparison.Ordinal);
    }
}
