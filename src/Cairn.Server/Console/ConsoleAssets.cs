using System.Collections.Frozen;
using System.Reflection;

namespace Cairn.Server.Console;

/// <summary>
/// The console's built files, embedded in this assembly under <see cref="ResourcePrefix"/> by the
/// build (see Cairn.Server.csproj): read once, served from memory, gzipped once on first request.
/// </summary>
internal sealed class ConsoleAssets
{
    public const string ResourcePrefix = "console/";
    public const string IndexPath = "index.html";

    private readonly FrozenDictionary<string, ConsoleAsset> _assets;

    private ConsoleAssets(FrozenDictionary<string, ConsoleAsset> assets) => _assets = assets;

    /// <summary>Whether the console was built into this server (a build without Node.js has no console).</summary>
    public bool Built => _assets.ContainsKey(IndexPath);

    public static ConsoleAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, ConsoleAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            path = path[ResourcePrefix.Length..];
            assets[path] = new ConsoleAsset(path, buffer.ToArray(), ContentType(path), Hashed(path));
        }

        return new ConsoleAssets(assets.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public ConsoleAsset? Find(string path) => _assets.GetValueOrDefault(path);

    /// <summary>Vite names every built asset after its content hash (<c>assets/index-B6x1Yz.js</c>): those never change.</summary>
    private static bool Hashed(string path) => path.StartsWith("assets/", StringComparison.Ordinal);

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".json" => "application/json",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
