using Cairn.Integrations.Mocks;

namespace Cairn.Integrations.Tests.Mocks;

public sealed class MockConfigValidationTests
{
    [Theory]
    [InlineData("""{"0-1": {"Return": 1}, "1-2": {"Return": 2}}""", "MockedResponses.R.'1-2'", "ranges overlap: '1-2' and '0-1' both answer invocation 1")]
    [InlineData("""{"0-3": {"Return": 1}, "2": {"Return": 2}}""", "MockedResponses.R.'2'", "ranges overlap: '2' and '0-3' both answer invocation 2")]
    [InlineData("""{"1": {"Return": 1}}""", "MockedResponses.R", "invocation 0 has no response; invocation numbers start at 0 and must be consecutive")]
    [InlineData("""{"2-3": {"Return": 1}}""", "MockedResponses.R", "invocations 0-1 have no response; invocation numbers start at 0 and must be consecutive")]
    [InlineData("""{"0": {"Return": 1}, "2": {"Return": 2}}""", "MockedResponses.R.'2'", "invocation 1 has no response; invocation numbers must be consecutive")]
    [InlineData("""{"0": {"Return": 1}, "3-4": {"Return": 2}}""", "MockedResponses.R.'3-4'", "invocations 1-2 have no response; invocation numbers must be consecutive")]
    [InlineData("""{"2-1": {"Return": 1}}""", "MockedResponses.R.'2-1'", "range end 1 is before its start 2")]
    [InlineData("""{}""", "MockedResponses.R", "a mocked response needs at least one invocation entry such as \"0\"")]
    public void Rejects_bad_invocation_coverage(string response, string path, string problem) =>
        AssertRejected(WithResponse(response), path, problem);

    [Theory]
    [InlineData("1a")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData("-")]
    [InlineData("1-2-3")]
    [InlineData(" 1")]
    [InlineData("+1")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    [InlineData("")]
    public void Rejects_malformed_invocation_keys(string key)
    {
        var error = Rejected(WithResponse("{\"" + key + "\": {\"Return\": 1}}"));

        Assert.Equal($"MockedResponses.R.'{key}'", error.Path);
        Assert.Contains("zero-based invocation number", error.Problem);
    }

    [Theory]
    [InlineData("""{"Return": 1, "Throw": {"Error": "E"}}""", "MockedResponses.R.'0'", "an invocation entry has either \"Return\" or \"Throw\", not both")]
    [InlineData("""{}""", "MockedResponses.R.'0'", "an invocation entry needs a \"Return\" (the task result) or a \"Throw\" (the task error)")]
    [InlineData("""{"Retrun": 1}""", "MockedResponses.R.'0'.Retrun", "unknown member; expected \"Return\", \"Throw\"")]
    [InlineData("""[1]""", "MockedResponses.R.'0'", "expected an object with a single \"Return\" or \"Throw\" member, found an array")]
    [InlineData("""{"Throw": "boom"}""", "MockedResponses.R.'0'.Throw", "expected an object with \"Error\" and \"Cause\" strings, found a string")]
    [InlineData("""{"Throw": {"Cause": "c"}}""", "MockedResponses.R.'0'.Throw", "\"Error\" must be a non-empty string naming the error to raise")]
    [InlineData("""{"Throw": {"Error": ""}}""", "MockedResponses.R.'0'.Throw", "\"Error\" must be a non-empty string naming the error to raise")]
    [InlineData("""{"Throw": {"Error": 5}}""", "MockedResponses.R.'0'.Throw", "\"Error\" must be a non-empty string naming the error to raise")]
    [InlineData("""{"Throw": {"Error": "E", "Cause": {"x": 1}}}""", "MockedResponses.R.'0'.Throw.Cause", "\"Cause\" must be a string")]
    [InlineData("""{"Throw": {"Error": "E", "Cuase": "c"}}""", "MockedResponses.R.'0'.Throw.Cuase", "unknown member; expected \"Error\", \"Cause\"")]
    public void Rejects_bad_invocation_entries(string entry, string path, string problem) =>
        AssertRejected(WithResponse("{\"0\": " + entry + "}"), path, problem);

    [Fact]
    public void Rejects_a_test_case_naming_an_unknown_response() =>
        AssertRejected(
            """{"StateMachines": {"M": {"TestCases": {"Happy": {"Do It": "Missing"}}}}, "MockedResponses": {"R": {"0": {"Return": 1}}}}""",
            "StateMachines.M.TestCases.Happy.'Do It'",
            "unknown mocked response 'Missing' (not defined in MockedResponses)");

    [Fact]
    public void Rejects_a_test_case_state_that_is_not_a_name() =>
        AssertRejected(
            """{"StateMachines": {"M": {"TestCases": {"Happy": {"S": {"0": {"Return": 1}}}}}}, "MockedResponses": {}}""",
            "StateMachines.M.TestCases.Happy.S",
            "must be the name of a mocked response (a string)");

    [Theory]
    [InlineData("""{"StateMachines": {}}""", "", "missing required member \"MockedResponses\"")]
    [InlineData("""{"MockedResponses": {}}""", "", "missing required member \"StateMachines\"")]
    [InlineData("""{"StateMachines": {}, "MockedResponse": {}}""", "MockedResponse", "unknown member; expected \"StateMachines\", \"MockedResponses\"")]
    [InlineData("""[]""", "", "expected the mock configuration, found an array")]
    [InlineData("""{"StateMachines": [], "MockedResponses": {}}""", "StateMachines", "expected an object keyed by state machine name, found an array")]
    [InlineData("""{"StateMachines": {}, "MockedResponses": {"R": 1}}""", "MockedResponses.R", "expected an object whose members are invocation numbers (\"0\") or ranges (\"1-2\"), found a number")]
    [InlineData("""{"StateMachines": {"M": {}}, "MockedResponses": {}}""", "StateMachines.M", "missing required member \"TestCases\"")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {}, "Cases": {}}}, "MockedResponses": {}}""", "StateMachines.M.Cases", "unknown member; expected \"TestCases\"")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": null}}, "MockedResponses": {}}""", "StateMachines.M.TestCases", "expected an object keyed by test case name, found null")]
    [InlineData("""{"StateMachines": {"M": {"TestCases": {"T": "R"}}}, "MockedResponses": {}}""", "StateMachines.M.TestCases.T", "expected an object mapping Task state names to mocked response names, found a string")]
    public void Rejects_bad_structure(string json, string path, string problem) => AssertRejected(json, path, problem);

    [Fact]
    public void Rejects_invalid_json_with_its_position()
    {
        var error = Rejected("""{"StateMachines": {""");

        Assert.Equal(string.Empty, error.Path);
        Assert.StartsWith("not valid JSON: ", error.Message);
    }

    [Fact]
    public void Message_combines_path_and_problem()
    {
        var error = Rejected("""{"StateMachines": {}, "MockedResponses": {"X": {"0-1": {"Return": 1}, "1-2": {"Return": 2}}}}""");

        Assert.Equal("MockedResponses.X.'1-2': ranges overlap: '1-2' and '0-1' both answer invocation 1", error.Message);
    }

    // Concatenation rather than interpolation: the JSON's own braces would need escaping.
    private static string WithResponse(string response) =>
        "{\"StateMachines\": {}, \"MockedResponses\": {\"R\": " + response + "}}";

    private static void AssertRejected(string json, string path, string problem)
    {
        var error = Rejected(json);
        Assert.Equal(path, error.Path);
        Assert.Equal(problem, error.Problem);
    }

    private static MockConfigException Rejected(string json) => Assert.Throws<MockConfigException>(() => MockConfig.Parse(json));
}
