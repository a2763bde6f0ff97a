using Cairn.Asl.Validation;

namespace Cairn.Asl.Tests.Validation;

/// <summary>Every InvalidDefinition message recorded for CreateStateMachine is reproduced from its definition.</summary>
public sealed class RecordedInvalidDefinitionTests
{
    public static TheoryData<string, string, string?, string> Messages()
    {
        var data = new TheoryData<string, string, string?, string>();
        foreach (var (dir, definition, type, message) in RecordedCases.InvalidDefinitionMessages())
        {
            data.Add(dir, definition, type, message);
        }

        return data;
    }

    [Fact]
    public void The_recordings_contain_invalid_definitions()
    {
        if (RecordedCases.Available)
        {
            Assert.True(Messages().Count >= 10);
        }
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void Message_matches_the_recording(string dir, string definition, string? type, string message)
    {
        Assert.False(string.IsNullOrEmpty(dir));
        var diagnostics = DefinitionValidator.Validate(definition, RecordedCases.Options(type));
        var actual = DefinitionValidator.FormatInvalidDefinitionMessage(diagnostics, definition);

        // The recordings hide the partition of ARNs.
        Assert.Equal(message, actual.Replace("arn:aws:", "arn:<partition>:", StringComparison.Ordinal));
    }
}
