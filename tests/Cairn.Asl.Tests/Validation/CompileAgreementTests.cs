using Cairn.Asl.Validation;

namespace Cairn.Asl.Tests.Validation;

/// <summary>
/// What validation accepts, compilation and execution accept too (findings of the definition
/// fuzzing, each fixed in the validator): a payload template may be any JSON value (as AWS
/// accepts it), Assign is an object, and ResultPath writes into the state input only.
/// </summary>
public sealed class CompileAgreementTests
{
    [Theory]
    [InlineData("'Type':'Pass'", "Parameters", "[1,{'b.$':'$.a'}]")]
    [InlineData("'Type':'Pass'", "Parameters", "'text'")]
    [InlineData("'Type':'Pass'", "Parameters", "7")]
    [InlineData("'Type':'Pass'", "Parameters", "null")]
    [InlineData("'Type':'Task','Resource':'arn:aws:states:::lambda:invoke'", "ResultSelector", "[]")]
    [InlineData("'Type':'Parallel','Branches':[{'StartAt':'B','States':{'B':{'Type':'Pass','End':true}}}]", "Parameters", "[true]")]
    public void PayloadTemplatesMayBeAnyJsonValueAndCompile(string state, string field, string value)
    {
        var definition = $"{{'StartAt':'A','States':{{'A':{{{state},'{field}':{value},'End':true}}}}}}";
        Assert.Empty(DefinitionValidatorTests.Validate(definition));
        Assert.NotNull(global::Cairn.Asl.Parsing.DefinitionParser.Parse((Json.JObject)Json.JValue.Parse(definition.Replace('\'', '"'))));
    }

    [Fact]
    public void AssignIsAnObject()
    {
        var diagnostics = DefinitionValidatorTests.Validate("{'StartAt':'A','States':{'A':{'Type':'Pass','Assign':5,'End':true}}}");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SCHEMA_VALIDATION_FAILED", "Expected value of type Object", "/States/A/Assign"), (error.Code, error.Message, error.Location));
    }

    [Theory]
    [InlineData("$$.x")]
    [InlineData("$$")]
    [InlineData("$v")]
    [InlineData("$v.a")]
    public void ResultPathWritesIntoTheInputOnly(string path)
    {
        var diagnostics = DefinitionValidatorTests.Validate($"{{'StartAt':'A','States':{{'A':{{'Type':'Pass','ResultPath':'{path}','End':true}}}}}}");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("The value for the field 'ResultPath' must be a valid ReferencePath", "/States/A/ResultPath"), (error.Message, error.Location));
    }

    [Theory]
    [InlineData("$")]
    [InlineData("$.a.b")]
    [InlineData("$.a[0].b")]
    public void ResultPathsIntoTheInputAreAccepted(string path) =>
        Assert.Empty(DefinitionValidatorTests.Validate($"{{'StartAt':'A','States':{{'A':{{'Type':'Pass','ResultPath':\"{path}\",'End':true}}}}}}"));
}
