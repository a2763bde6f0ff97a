using Cairn.Conformance.Tests.Normalisation;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Unit;

public sealed class SnapshotNormaliserTests
{
    private static OrderedDictionary<string, object?> State(string key, string json) =>
        new() { [key] = SnapshotOrdering.Order(PyJson.Parse(json)) };

    private static string Run(OrderedDictionary<string, object?> state, params ISnapshotTransformer[] own)
    {
        var transformers = StandardTransformers.Preamble(["snapshot_base", "stepfunctions_api"]).Select(t => (t, 0))
            .Concat(own.Select(t => (t, 0)))
            .Concat(StandardTransformers.Base("123456789012").Select(t => (t, 2)));
        return PyJson.Dumps(SnapshotNormaliser.Normalise(state, transformers));
    }

    [Fact]
    public void OrdersKeysWithResponseMetadataLast()
    {
        var ordered = SnapshotOrdering.Order(PyJson.Parse("{\"b\": [{\"z\": 1, \"a\": 2}, [{\"z\": 1, \"a\": 2}]], \"ResponseMetadata\": {}, \"a\": 1}"));
        Assert.Equal("{\"a\": 1, \"b\": [{\"a\": 2, \"z\": 1}, [{\"z\": 1, \"a\": 2}]], \"ResponseMetadata\": {}}", PyJson.Dumps(ordered));
    }

    [Fact]
    public void ParsesJsonStringsOnlyInDicts()
    {
        var state = new OrderedDictionary<string, object?> { ["k"] = PyJson.Parse("{\"o\": \"{\\\"b\\\": 1, \\\"a\\\": \\\"{}\\\"}\", \"l\": [\"{}\"], \"n\": \"[1]\"}") };
        JsonStringParsing.Apply(state);
        Assert.Equal("{\"k\": {\"o\": {\"b\": 1, \"a\": \"{}\"}, \"l\": [\"{}\"], \"n\": \"[1]\"}}", PyJson.Dumps(state));
    }

    [Fact]
    public void AppliesBaseTransformers()
    {
        var response = PyJson.Parse(
            "{\"executionArn\": \"arn:aws:states:us-east-1:123456789012:execution:sm:e1\", \"requestId\": \"0c8f6d2e-1b7a-4c3e-9f2d-5a6b7c8d9e0f-x\"," +
            " \"output\": \"{\\\"t\\\": \\\"2024-01-02T03:04:05.678Z\\\"}\", \"event_timestamp\": 12, \"note\": \"0c8f6d2e-1b7a-4c3e-9f2d-5a6b7c8d9e0f-x\"," +
            " \"ResponseMetadata\": {\"RequestId\": \"r\", \"HTTPStatusCode\": 200, \"HTTPHeaders\": {\"content-type\": \"x\"}}}");
        var dict = (OrderedDictionary<string, object?>)response!;
        dict["startDate"] = DateTimeOffset.UnixEpoch;
        var state = new OrderedDictionary<string, object?> { ["r"] = SnapshotOrdering.Order(dict) };

        Assert.Equal(
            "{\"r\": {\"event_timestamp\": \"timestamp\", \"executionArn\": \"arn:<partition>:states:<region>:111111111111:execution:sm:e1\", " +
            "\"note\": \"<uuid:1>\", \"output\": {\"t\": \"date\"}, \"requestId\": \"<uuid:1>\", \"startDate\": \"datetime\", " +
            "\"ResponseMetadata\": {\"HTTPHeaders\": {}, \"HTTPStatusCode\": 200}}}",
            Run(state));
    }

    [Fact]
    public void NumbersReferencesInTraversalOrderAndRegistersEachValueOnce()
    {
        var state = State("k", "{\"a\": {\"Id\": \"v1\"}, \"b\": [{\"Id\": \"v2\"}, {\"Id\": \"v1\"}], \"c\": \"v2 v1\"}");
        var result = Run(state, new KeyValueTransformer((k, v) => k == "Id" ? v : null, "ref", replaceReference: true),
            new KeyValueTransformer((k, v) => k == "c" ? "v1" : null, "other", replaceReference: true));
        Assert.Equal("{\"k\": {\"a\": {\"Id\": \"<ref:1>\"}, \"b\": [{\"Id\": \"<ref:2>\"}, {\"Id\": \"<ref:1>\"}], \"c\": \"<ref:2> <ref:1>\"}}", result);
    }

    [Fact]
    public void ReplacementsSeeEscapedJsonText()
    {
        // The cause is registered as a reference value; its quotes are matched in the escaped serialised text.
        var state = State("k", "{\"cause\": \"x '{\\\"a\\\": 1}'\", \"n\": \"caf\\u00e9\"}");
        var result = Run(state, new RegexTransformer("\\\\u00e9", "E"));
        Assert.Equal("{\"k\": {\"cause\": \"x '<json-input:1>'\", \"n\": \"cafE\"}}", result);
    }

    [Fact]
    public void ComparerRenumbersTokensAndIsStrictAboutTypes()
    {
        var expected = PyJson.Parse("{\"k\": {\"a\": \"<uuid:3>\", \"b\": \"<uuid:4>\", \"c\": \"<ExecArnPart_2idx>\", \"n\": 1}}");
        var sameShape = PyJson.Parse("{\"k\": {\"a\": \"<uuid:1>\", \"b\": \"<uuid:2>\", \"c\": \"<ExecArnPart_0idx>\", \"n\": 1, \"ResponseMetadata\": {}}}");
        var collapsed = PyJson.Parse("{\"k\": {\"a\": \"<uuid:1>\", \"b\": \"<uuid:1>\", \"c\": \"<ExecArnPart_0idx>\", \"n\": 1}}");
        var floaty = PyJson.Parse("{\"k\": {\"a\": \"<uuid:1>\", \"b\": \"<uuid:2>\", \"c\": \"<ExecArnPart_0idx>\", \"n\": 1.0}}");

        Assert.Null(SnapshotComparer.FirstDifference(expected, sameShape));
        Assert.StartsWith("$.k.b:", SnapshotComparer.FirstDifference(expected, collapsed));
        Assert.StartsWith("$.k.n: expected 1 (int), got 1.0 (float)", SnapshotComparer.FirstDifference(expected, floaty));
    }

    [Fact]
    public void ResourceNamePreset()
    {
        Assert.Equal("sm", StandardTransformers.ResourceNameOf("arn:aws:states:us-east-1:111111111111:stateMachine:sm"));
        Assert.Equal("fn", StandardTransformers.ResourceNameOf("arn:aws:lambda:us-east-1:111111111111:function:fn"));
        Assert.Equal("r", StandardTransformers.ResourceNameOf("arn:aws:iam::111111111111:role/r"));
        Assert.Null(StandardTransformers.ResourceNameOf("arn:aws:states:us-east-1:111111111111:<x>"));
        Assert.Null(StandardTransformers.ResourceNameOf("not an arn"));
    }
}
