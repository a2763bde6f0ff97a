using Cairn.Json;

namespace Cairn.Jsonata.Tests.Conformance;

/// <summary>
/// The cases of the JSONata test suite (see its TESTSUITE.md): <c>groups/&lt;group&gt;/*.json</c>, each a case
/// or an array of cases, with inputs from <c>datasets/*.json</c>.
/// </summary>
internal sealed class TestSuite
{
    private readonly Dictionary<string, SuiteCase> _byId;

    private TestSuite(string root, List<SuiteCase> cases)
    {
        Root = root;
        Cases = cases;
        _byId = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public string Root { get; }

    public IReadOnlyList<SuiteCase> Cases { get; }

    public SuiteCase this[string id] => _byId[id];

    public bool Contains(string id) => _byId.ContainsKey(id);

    public static TestSuite Load(string root)
    {
        var datasets = new DatasetCache(Path.Combine(root, "datasets"));
        var cases = new List<SuiteCase>();
        foreach (var groupDir in Directory.GetDirectories(Path.Combine(root, "groups")).Order(StringComparer.Ordinal))
        {
            var group = Path.GetFileName(groupDir);
            foreach (var file in Directory.GetFiles(groupDir, "*.json").Order(StringComparer.Ordinal))
            {
                cases.AddRange(LoadFile(group, file, datasets));
            }
        }

        return new TestSuite(root, cases);
    }

    private static IEnumerable<SuiteCase> LoadFile(string group, string file, DatasetCache datasets)
    {
        var name = group + "/" + Path.GetFileNameWithoutExtension(file);
        JValue content;
        try
        {
            content = SuiteJson.Parse(File.ReadAllText(file));
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return [SuiteCase.Unreadable(name, group, $"cannot read {file}: {e.Message}")];
        }

        if (content is JArray many)
        {
            return many.Select((item, i) => CaseReader.Read($"{name}[{i}]", group, Path.GetDirectoryName(file)!, item, datasets)).ToList();
        }

        return [CaseReader.Read(name, group, Path.GetDirectoryName(file)!, content, datasets)];
    }
}
