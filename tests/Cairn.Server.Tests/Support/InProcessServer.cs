namespace Cairn.Server.Tests.Support;

/// <summary>A server in the test process on a free port (in memory unless a data folder is given).</summary>
internal sealed class InProcessServer : IAsyncDisposable
{
    private InProcessServer(CairnServer server, ApiClient client)
    {
        Server = server;
        Client = client;
    }

    public CairnServer Server { get; }

    public ApiClient Client { get; }

    public static async Task<InProcessServer> StartAsync(ServerOptions? options = null)
    {
        // Service tasks here stand for the outside world: no AWS call is made, callbacks hand their token over.
        var server = await CairnServer.StartAsync((options ?? new ServerOptions { DataDirectory = null, Aws = new Cairn.Integrations.Aws.AwsServiceSettings { NoCalls = true } }) with { Port = 0 });
        return new InProcessServer(server, new ApiClient(server.Address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
