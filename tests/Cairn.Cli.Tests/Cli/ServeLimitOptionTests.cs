using Cairn.Cli;

namespace Cairn.Cli.Tests.Cli;

/// <summary><c>cairn serve --max-open-executions N</c>: AWS's quota by default, a whole number of 1 or more.</summary>
public sealed class ServeLimitOptionTests
{
    [Fact]
    public void The_limit_defaults_to_the_AWS_quota()
    {
        Assert.Equal(1_000_000, ServeCommand.ReadOptions(Parse(), _ => null).MaxOpenExecutions);
    }

    [Fact]
    public void The_flag_sets_the_limit()
    {
        Assert.Equal(2, ServeCommand.ReadOptions(Parse("--max-open-executions", "2"), _ => null).MaxOpenExecutions);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("many")]
    public void A_bad_limit_is_a_usage_error(string text)
    {
        var e = Assert.Throws<UsageException>(() => ServeCommand.ReadOptions(Parse("--max-open-executions", text), _ => null));

        Assert.Equal($"--max-open-executions must be a whole number of 1 or more, not '{text}'", e.Message);
    }

    private static CommandLine Parse(params string[] args) => CommandLine.Parse(args, ServeCommand.Options);
}
