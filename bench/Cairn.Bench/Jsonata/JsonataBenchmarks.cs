using BenchmarkDotNet.Attributes;
using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Bench.Jsonata;

/// <summary>
/// Evaluation of each benchmark expression (bench/compare/jsonata/expressions.json) on its suite dataset:
/// compiled once in setup, evaluated per invocation. <see cref="Compile"/> measures parsing on its own.
/// </summary>
[MemoryDiagnoser]
public class JsonataBenchmarks
{
    private JsonataBenchCase _case = null!;

    [ParamsSource(nameof(Names))]
    public string Expression { get; set; } = string.Empty;

    public static IEnumerable<string> Names() => JsonataBenchCatalog.Names();

    [GlobalSetup]
    public void Setup()
    {
        _case = JsonataBenchCatalog.Load().Single(c => c.Name == Expression);
        _ = _case.Evaluate();
    }

    [Benchmark]
    public JValue? Evaluate() => _case.Evaluate();

    [Benchmark]
    public JsonataExpression Compile() => JsonataExpression.Compile(_case.Text);
}
