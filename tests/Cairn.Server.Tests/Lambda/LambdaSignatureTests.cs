using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>With credentials configured, the Lambda API checks SigV4 like the Step Functions API does; GetFunction's code URL carries its own signature.</summary>
public sealed class LambdaSignatureTests
{
    [Fact]
    public void LambdaRequestsAreSignatureChecked()
    {
        using var server = ServeProcess.Start("--in-memory", "--access-key", "AKIDEXAMPLE", "--secret-key", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        var result = Boto3Script.Run(server, """
            import urllib.request, urllib.error
            good = lambda_client()
            wrong = lambda_client(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="not-the-secret")
            good.create_function(FunctionName="f", Runtime="python3.12", Role="arn:aws:iam::123456789012:role/lambda",
                                 Handler="app.handler", Code={"ZipFile": zipped({"app.py": "def handler(e, c):\n    return 1\n"})})
            location = good.get_function(FunctionName="f")["Code"]["Location"]
            fetched = len(urllib.request.urlopen(location).read())
            try:
                urllib.request.urlopen(location.replace("Signature=", "Signature=0"))
                tampered = 200
            except urllib.error.HTTPError as e:
                tampered = e.code
            try:
                urllib.request.urlopen(sys.argv[1] + "/2015-03-31/functions/")
                anonymous = 200
            except urllib.error.HTTPError as e:
                anonymous = e.code
            print(json.dumps({"listed": len(good.list_functions()["Functions"]), "wrong": code(lambda: wrong.list_functions()),
                              "fetched": fetched, "tampered": tampered, "anonymous": anonymous}))
            """);
        Assert.Equal(1, (int)result["listed"]!);
        Assert.Equal("InvalidSignatureException", (string)result["wrong"]!);
        Assert.True((int)result["fetched"]! > 0);
        Assert.Equal(403, (int)result["tampered"]!);
        Assert.Equal(403, (int)result["anonymous"]!);
    }
}
