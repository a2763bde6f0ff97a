using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Json;

namespace Cairn.Asl.Tests.Jsonata;

/// <summary>Evaluates JSONata fields the way a state does, over a fixed context, variables and seeded entropy.</summary>
internal static class JsonataTestKit
{
    public static readonly JObject Context = (JObject)JValue.Parse("""{"Execution":{"Name":"run-1"},"State":{"Name":"S"}}""");

    public static DataScope Scope(string? variablesJson = null)
    {
        var variables = new Dictionary<string, JValue>(StringComparer.Ordinal);
        if (variablesJson is not null)
        {
            foreach (var (name, value) in ((JObject)JValue.Parse(variablesJson)).Members)
            {
                variables[name] = value;
            }
        }

        return new DataScope(Context, variables, new SeededEntropySource(7));
    }

    /// <summary>The value of <c>{% expression %}</c> as JSON text.</summary>
    public static string Eval(string expression, string inputJson = "{}", string? variablesJson = null, string? resultJson = null)
    {
        var query = JsonataQuery.Parse("{% " + expression + " %}");
        var scope = new JsonataScope(Scope(variablesJson), JValue.Parse(inputJson), resultJson is null ? null : JValue.Parse(resultJson));
        return query.EvaluateValue(scope, "Output").ToJson();
    }

    public static StatesException Fails(string expression, string inputJson = "{}") =>
        Assert.Throws<StatesException>(() => Eval(expression, inputJson));
}
