using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Protocol;

/// <summary>With credentials configured, only requests signed with them are served (the AWS CLI signs with SigV4).</summary>
public sealed class SigV4Tests : IDisposable
{
    private readonly ServeProcess _server = ServeProcess.Start("--in-memory", "--access-key", "AKIDEXAMPLE", "--secret-key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    [Fact]
    public void RequestsSignedWithTheConfiguredCredentialsAreServed()
    {
        var result = new AwsCli(_server.Endpoint).Run("list-state-machines");
        Assert.Empty(result["stateMachines"]!.AsArray());
    }

    [Fact]
    public void OtherCredentialsAreRefused()
    {
        var endpoint = _server.Endpoint.ToString().TrimEnd('/');
        var (exitCode, _, stderr) = ExternalTool.Run("python3", ["-c", $"""
            import boto3, sys
            from botocore.exceptions import ClientError
            def call(key, secret):
                try:
                    boto3.client("stepfunctions", endpoint_url="{endpoint}", region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret).list_state_machines()
                    return "ok"
                except ClientError as e:
                    return e.response["Error"]["Code"]
            sys.stderr.write(call("AKIDOTHER", "x") + " " + call("AKIDEXAMPLE", "wrong-secret"))
            """]);
        Assert.Equal(0, exitCode);
        Assert.Equal("UnrecognizedClientException InvalidSignatureException", stderr.Trim());
    }

    public void Dispose() => _server.Dispose();
}
