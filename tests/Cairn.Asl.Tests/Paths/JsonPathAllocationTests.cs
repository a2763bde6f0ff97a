using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Tests.Paths;

public class JsonPathAllocationTests
{
    [Theory]
    [InlineData("$")]
    [InlineData("$.a.b[0]")]
    [InlineData("$['a']['b'][-1]")]
    [InlineData("$.missing.b")]
    [InlineData("$$.Execution.Id")]
    public void Definite_paths_evaluate_without_allocating(string text)
    {
        var path = JsonPath.Parse(text);
        var input = JValue.Parse("""{"a":{"b":[1,2]}}""");
        var scope = new DataScope(JValue.Parse("""{"Execution":{"Id":"x"}}"""));
        path.TryEvaluate(input, scope, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            path.TryEvaluate(input, scope, out _);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
