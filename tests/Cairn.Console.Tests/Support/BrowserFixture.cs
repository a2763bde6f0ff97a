using Microsoft.Playwright;

namespace Cairn.Console.Tests.Support;

/// <summary>
/// One headless Chromium for the browser tests: Debian's (<c>/usr/bin/chromium</c>, or
/// <c>CAIRN_CHROMIUM</c>), driven by Playwright. Playwright's own browser download is never used.
/// Without Chromium every browser test fails, saying how to install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "CAIRN_CHROMIUM";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start");

    public static string ChromiumPath => Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The console's browser tests need Chromium at {ChromiumPath}: install Debian's package (apt-get install -y chromium) or set {ChromiumVariable}.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchAsync();
    }

    /// <summary>Another Chromium with more command-line switches (the caller closes it).</summary>
    public Task<IBrowser> LaunchAsync(params string[] moreArguments) =>
        (_playwright ?? throw new InvalidOperationException("Playwright did not start")).Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            ChromiumSandbox = false,
            Args = [.. ChromiumArguments, .. moreArguments],
            Timeout = 120_000,
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>The browser tests share one Chromium and run one at a time (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
