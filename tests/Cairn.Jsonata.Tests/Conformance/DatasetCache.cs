using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>The suite's <c>datasets/NAME.json</c> files, each parsed once.</summary>
internal sealed class DatasetCache(string folder)
{
    private readonly Dictionary<string, JValue> _loaded = new(StringComparer.Ordinal);

    public JValue Get(string name)
    {
        if (!_loaded.TryGetValue(name, out var value))
        {
            var path = Path.Combine(folder, name + ".json");
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"dataset '{name}' not found ({path})");
            }

            value = SuiteJson.Parse(File.ReadAllText(path));
            _loaded[name] = value;
        }

        return value;
    }
}
