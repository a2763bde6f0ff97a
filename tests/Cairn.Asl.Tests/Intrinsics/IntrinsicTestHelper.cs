using Cairn.Asl.Data;
using Cairn.Asl.Intrinsics;
using Cairn.Json;

namespace Cairn.Asl.Tests.Intrinsics;

internal static class IntrinsicTestHelper
{
    public static JValue Eval(string call, string input = "{}", int seed = 1) =>
        IntrinsicFunction.Parse(call).Evaluate(JValue.Parse(input), new DataScope(JObject.Empty, entropy: new SeededEntropySource(seed)));

    public static string EvalJson(string call, string input = "{}") => Eval(call, input).ToJson();

    public static StatesException Fails(string call, string input = "{}") =>
        Assert.Throws<StatesException>(() => Eval(call, input));
}
