using Cairn.Asl.Validation;

namespace Cairn.Asl.Tests.Validation;

/// <summary>
/// What validation accepts, compilation and execution accept too (findings of the definition
/// fuzzing, each fixed in the validator): payload templates are objects, and ResultPath writes
/// into the state input only.
/// </summary>
public sealed class CompileAgreementTests
{
    [Theory]
    [InlineData("Parameters", "[1,2]")]
    [InlineData("Parameters", "'text'")]
    [InlineData("ResultSelector", "[]")]
    [InlineData("Assign", "5")]
    public void PayloadTemplatesAreObjects(string field, string value)
    {
        var state = field == "ResultSelector" ? "'Type':'Task','Resource':'arn:aws:states:::lambda:invoke'" : "'Type':'Pass'";
        var diagnostics = DefinitionValidatorTests.Validate($"{{'StartAt':'A','States':{{'A':{{{state},'{field}':{value},'End':true}}}}}}");
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SCHEMA_VALIDATION_FAILED", "Expected value of type Object", $"/States/A/{field}"), (error.Code, error.Message, error.Location));
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
