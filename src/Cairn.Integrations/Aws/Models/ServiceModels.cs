using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Models;

/// <summary>
/// The service models Cairn knows: those embedded in this assembly (AWS's optimized integrations
/// and the services workflows call most, see <c>scripts/strip-service-models.py</c>) and those a
/// user adds from a folder (botocore's layout <c>SERVICE/VERSION/service-2.json[.gz]</c>, or
/// model files directly in it). A model is read on first use. Services are found by their
/// <c>aws-sdk</c> name (<c>sfn</c>, <c>secretsmanager</c>), botocore's folder name
/// (<c>stepfunctions</c>), or endpoint prefix.
/// </summary>
public sealed class ServiceModels
{
    private const string ResourcePrefix = "Cairn.Integrations.Aws.Models.Data.";

    private static readonly Lazy<ServiceModels> EmbeddedOnly = new(() => new ServiceModels(null));

    /// <summary>aws-sdk name or folder name → where the model is.</summary>
    private readonly Dictionary<string, Source> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<Source, Lazy<ServiceModel>> _loaded = new();

    /// <param name="folder">A folder of extra models; they take precedence over embedded ones of the same service.</param>
    public ServiceModels(string? folder)
    {
        var index = (JObject)JValue.Parse(ReadResource("index.json"));
        foreach (var (name, serviceId) in index)
        {
            var source = new Source(name, null);
            _sources[name] = source;
            _sources[ServiceModel.PascalCase(((JString)serviceId).Value).ToLowerInvariant()] = source;
        }

        if (folder is not null)
        {
            AddFolder(folder);
        }
    }

    /// <summary>The embedded models only.</summary>
    public static ServiceModels Embedded => EmbeddedOnly.Value;

    /// <summary>Every name a service can be found by.</summary>
    public IEnumerable<string> Names => _sources.Keys.Order(StringComparer.Ordinal);

    /// <summary>The model of a service, or null when none is known.</summary>
    /// <exception cref="InvalidDataException">The model file is not a valid service model.</exception>
    public ServiceModel? Find(string service) =>
        _sources.TryGetValue(service, out var source) ? _loaded.GetOrAdd(source, s => new Lazy<ServiceModel>(() => Load(s))).Value : null;

    private void AddFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such service model folder");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!file.EndsWith(".json", StringComparison.Ordinal) && !file.EndsWith(".json.gz", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = Path.GetFileName(file);
            var relative = Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar);
            // botocore's layout names the service by its folder; only service-2 files are models there.
            if (relative.Length >= 3 && !fileName.StartsWith("service-2.json", StringComparison.Ordinal))
            {
                continue;
            }

            var model = ServiceModelReader.Read(ReadFile(file), file);
            var source = new Source(relative.Length >= 3 ? relative[0] : fileName[..fileName.IndexOf(".json", StringComparison.Ordinal)], file);
            _loaded[source] = new Lazy<ServiceModel>(model);
            _sources[source.Name] = source;
            _sources[model.SdkName] = source;
            _sources.TryAdd(model.EndpointPrefix, source);
        }
    }

    private static ServiceModel Load(Source source) =>
        source.File is { } file
            ? ServiceModelReader.Read(ReadFile(file), file)
            : ServiceModelReader.Read(ReadResource(source.Name + ".json.gz"), source.Name);

    private static string ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? Decompress(stream) : new StreamReader(stream, Encoding.UTF8).ReadToEnd();
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(ServiceModels).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the embedded service model resource '{name}' is missing");
        return name.EndsWith(".gz", StringComparison.Ordinal) ? Decompress(stream) : new StreamReader(stream, Encoding.UTF8).ReadToEnd();
    }

    private static string Decompress(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed record Source(string Name, string? File);
}
