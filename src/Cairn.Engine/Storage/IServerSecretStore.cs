namespace Cairn.Engine.Storage;

/// <summary>Secrets the server keeps across restarts (the key that seals task tokens).</summary>
public interface IServerSecretStore
{
    /// <summary>The secret stored under <paramref name="name"/>; the first call stores <paramref name="create"/>'s value.</summary>
    byte[] GetOrCreateSecret(string name, Func<byte[]> create);
}
