using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Bench.Jsonata;

/// <summary>
/// The Cairn side of the differential check (<c>bench/compare/jsonata/differential.mjs</c>): reads a JSON array
/// of <c>{"expr", "dataset"}</c>, evaluates each against its suite dataset, and writes one outcome per item:
/// <c>{"result": ...}</c>, <c>{"undefined": true}</c>, <c>{"error": {"code", "message"}}</c>, or
/// <c>{"crash": "..."}</c> for anything that is not a JSONata error (including an evaluation that overran).
/// </summary>
public static class JsonataBatchEvaluator
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(2);

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 2)
        {
            Console.Error.WriteLine("usage: jsonata-eval IN.json OUT.json");
            return 2;
        }

        var datasets = JsonataBenchLocator.DatasetsDirectory();
        var inputs = new Dictionary<string, JValue>(StringComparer.Ordinal);
        var outcomes = new List<JValue>();
        foreach (var item in (JArray)JValue.Parse(File.ReadAllText(args[0])))
        {
            var entry = (JObject)item;
            JValue? input = null;
            if (entry["dataset"] is JString name && !inputs.TryGetValue(name.Value, out input))
            {
                input = JValue.Parse(File.ReadAllText(Path.Combine(datasets, name.Value + ".json")));
                inputs[name.Value] = input;
            }

            outcomes.Add(Evaluate(((JString)entry["expr"]!).Value, input));
        }

        File.WriteAllText(args[1], JArray.Create(outcomes).ToJson());
        return 0;
    }

    private static JValue Evaluate(string text, JValue? input)
    {
        var evaluation = Task.Run(() =>
        {
            try
            {
                var result = JsonataExpression.Compile(text).Evaluate(input, new JsonataOptions { TimeLimit = TimeLimit });
                return result is null ? JObject.Create(("undefined", JBool.True)) : JObject.Create(("result", result));
            }
            catch (JsonataException e)
            {
                return JObject.Create(("error", JObject.Create(("code", e.Code), ("message", e.Message))));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return JObject.Create(("crash", $"{e.GetType().Name}: {e.Message}"));
            }
        });

        return evaluation.Wait(TimeLimit * 3)
            ? evaluation.Result
            : JObject.Create(("crash", $"no result after {(TimeLimit * 3).TotalSeconds} s despite the time limit"));
    }
}
