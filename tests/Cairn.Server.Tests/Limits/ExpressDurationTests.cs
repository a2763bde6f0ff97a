using System.Globalization;
using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Limits;

/// <summary>
/// An Express execution runs 5 minutes at most: StartSyncExecution answers TIMED_OUT (no error,
/// no cause, as a TimeoutSeconds answers) with a stop date 5 minutes after the start; waits are
/// fast-forwarded by <c>--time-scale 0</c>, so the test takes seconds.
/// </summary>
public sealed class ExpressDurationTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private readonly TempFolder _data = new();
    private readonly ServeProcess _server;
    private readonly AwsCli _aws;

    public ExpressDurationTests()
    {
        _server = ServeProcess.Start("--data", _data.Dir, "--time-scale", "0");
        _aws = new AwsCli(_server.Endpoint);
    }

    [Theory]
    [InlineData("", 300)]
    [InlineData("\"TimeoutSeconds\":45,", 45)]
    [InlineData("\"TimeoutSeconds\":3600,", 300)]
    public void A_synchronous_express_execution_times_out_after_five_minutes_or_its_TimeoutSeconds(string timeout, int seconds)
    {
        var definition = "{" + timeout + """
            "StartAt":"W","States":{"W":{"Type":"Wait","Seconds":20,"Next":"C"},
              "C":{"Type":"Choice","Choices":[{"Variable":"$.stop","IsPresent":true,"Next":"Done"}],"Default":"W"},
              "Done":{"Type":"Succeed"}}}
            """;
        var arn = (string)_aws.Run("create-state-machine", "--name", "slow" + seconds.ToString(CultureInfo.InvariantCulture), "--type", "EXPRESS", "--role-arn", Role, "--definition", definition)["stateMachineArn"]!;

        var result = _aws.Run("start-sync-execution", "--state-machine-arn", arn, "--input", "{}");

        Assert.Equal("TIMED_OUT", (string)result["status"]!);
        Assert.Null(result["error"]);
        Assert.Null(result["cause"]);
        Assert.Null(result["output"]);
        var took = Time(result["stopDate"]!) - Time(result["startDate"]!);
        Assert.InRange(took.TotalSeconds, seconds, seconds + 5);
    }

    /// <summary>A timestamp as the CLI prints it: ISO 8601 text, or epoch seconds.</summary>
    private static DateTimeOffset Time(System.Text.Json.Nodes.JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String
            ? DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture)
            : DateTimeOffset.FromUnixTimeMilliseconds((long)((double)value * 1000));

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }
}
