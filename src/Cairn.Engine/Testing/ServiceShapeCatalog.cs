using System.Collections.Concurrent;
using Cairn.Json;

namespace Cairn.Engine.Testing;

/// <summary>
/// The response shapes of the AWS APIs Task states integrate with, read from the service models
/// embedded in this assembly (see ServiceShapes/generate.py), one service at a time when first needed.
/// </summary>
internal static class ServiceShapeCatalog
{
    private static readonly ConcurrentDictionary<string, JObject?> Models = new(StringComparer.Ordinal);

    /// <summary>
    /// The output shape of <paramref name="operation"/> (PascalCase, e.g. <c>GetObject</c>) of the
    /// service Step Functions names <paramref name="service"/> (e.g. <c>s3</c>), or null when unknown.
    /// </summary>
    public static ServiceShape? Output(string service, string operation)
    {
        var model = Models.GetOrAdd(service, Load);
        if (model?["operations"] is not JObject operations || operations[operation] is not JString shapeName)
        {
            return null;
        }

        return new ServiceShape(service, (JObject)model["shapes"]!, shapeName.Value);
    }

    private static JObject? Load(string service)
    {
        using var stream = typeof(ServiceShapeCatalog).Assembly.GetManifestResourceStream($"Cairn.Engine.Testing.ServiceShapes.{service}.json");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return JValue.Parse(reader.ReadToEnd()) as JObject;
    }
}
