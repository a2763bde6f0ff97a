using Cairn.Cli;

namespace Cairn.Cli.Tests.Cli;

/// <summary><c>cairn serve</c> takes Step Functions Local's environment variables; its flags win over them.</summary>
public sealed class ServeEnvironmentTests
{
    [Fact]
    public void Environment_variables_stand_in_for_missing_flags()
    {
        var options = ServeCommand.ReadOptions(Parse(), Environment(("SFN_MOCK_CONFIG", "/tmp/mocks.json"), ("WAIT_TIME_SCALE", "0.25")));

        Assert.Equal("/tmp/mocks.json", options.MockConfigPath);
        Assert.Equal(0.25, options.TimeScale);
    }

    [Fact]
    public void Flags_win_over_environment_variables()
    {
        var options = ServeCommand.ReadOptions(
            Parse("--mock-config", "flag.json", "--time-scale", "0"),
            Environment(("SFN_MOCK_CONFIG", "env.json"), ("WAIT_TIME_SCALE", "5")));

        Assert.Equal("flag.json", options.MockConfigPath);
        Assert.Equal(0, options.TimeScale);
    }

    [Fact]
    public void Without_flags_or_variables_the_defaults_hold()
    {
        var options = ServeCommand.ReadOptions(Parse(), Environment(("WAIT_TIME_SCALE", string.Empty)));

        Assert.Null(options.MockConfigPath);
        Assert.Equal(1, options.TimeScale);
    }

    [Fact]
    public void A_bad_variable_is_named_in_the_usage_error()
    {
        var e = Assert.Throws<UsageException>(() => ServeCommand.ReadOptions(Parse(), Environment(("WAIT_TIME_SCALE", "fast"))));

        Assert.Equal("WAIT_TIME_SCALE must be a number of 0 or more, not 'fast'", e.Message);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void Listening_beyond_loopback_needs_credentials_or_the_explicit_flag(string host)
    {
        var e = Assert.Throws<UsageException>(() => ServeCommand.ReadOptions(Parse("--host", host), Environment()));
        Assert.StartsWith($"refusing to listen on {host} without credentials", e.Message, StringComparison.Ordinal);

        Assert.Equal("k", ServeCommand.ReadOptions(Parse("--host", host, "--access-key", "k", "--secret-key", "s"), Environment()).AccessKeyId);
        Assert.Null(ServeCommand.ReadOptions(Parse("--host", host, "--allow-unauthenticated-remote-access"), Environment()).AccessKeyId);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Loopback_needs_no_credentials(string host) =>
        Assert.Equal(host, ServeCommand.ReadOptions(Parse("--host", host), Environment()).Host);

    private static CommandLine Parse(params string[] args) => CommandLine.Parse(args, ServeCommand.Options);

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
