using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Bench.Jsonata;

/// <summary>Loads and compiles the benchmark expressions of <c>expressions.json</c> with their datasets.</summary>
public static class JsonataBenchCatalog
{
    public static IReadOnlyList<JsonataBenchCase> Load()
    {
        var datasets = JsonataBenchLocator.DatasetsDirectory();
        var spec = (JObject)JValue.Parse(File.ReadAllText(JsonataBenchLocator.ExpressionsFile()));
        var cases = new List<JsonataBenchCase>();
        foreach (var item in (JArray)spec["expressions"]!)
        {
            var entry = (JObject)item;
            var name = ((JString)entry["name"]!).Value;
            var text = ((JString)entry["expr"]!).Value;
            var dataset = entry["dataset"] is JString d ? d.Value : null;
            var input = dataset is null ? null : JValue.Parse(File.ReadAllText(Path.Combine(datasets, dataset + ".json")));
            cases.Add(new JsonataBenchCase(name, dataset, text, JsonataExpression.Compile(text), input));
        }

        return cases;
    }

    /// <summary>The names, for BenchmarkDotNet's parameter source (read without compiling).</summary>
    public static IEnumerable<string> Names()
    {
        var spec = (JObject)JValue.Parse(File.ReadAllText(JsonataBenchLocator.ExpressionsFile()));
        return ((JArray)spec["expressions"]!).Select(e => ((JString)((JObject)e)["name"]!).Value).ToList();
    }
}
