using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Lambda;

/// <summary>The minimal IAM and STS on the server's port, as the AWS CLI calls them: stored across restarts, never enforced.</summary>
public sealed class IamApiTests
{
    private const string Trust = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    [Fact]
    public void RolesAndPoliciesAreKeptAndAnsweredAsIamAnswers()
    {
        using var data = new TempFolder();
        var server = ServeProcess.Start("--data", data.Dir);
        try
        {
            var iam = new AwsCli(server.Endpoint, "iam");
            var role = iam.Run("create-role", "--role-name", "worker", "--path", "/service/", "--assume-role-policy-document", Trust, "--tags", "Key=team,Value=core")["Role"]!;
            Assert.Equal("arn:aws:iam::123456789012:role/service/worker", (string)role["Arn"]!);
            Assert.StartsWith("AROA", (string)role["RoleId"]!);
            Assert.Equal("EntityAlreadyExists", iam.Fail("create-role", "--role-name", "WORKER", "--assume-role-policy-document", Trust));
            Assert.Equal("MalformedPolicyDocument", iam.Fail("create-role", "--role-name", "other", "--assume-role-policy-document", "{not json"));

            iam.Run("put-role-policy", "--role-name", "worker", "--policy-name", "inline", "--policy-document", Trust);
            var policyArn = (string)iam.Run("create-policy", "--policy-name", "managed", "--policy-document", Trust)["Policy"]!["Arn"]!;
            iam.Run("attach-role-policy", "--role-name", "worker", "--policy-arn", policyArn);
            iam.Run("attach-role-policy", "--role-name", "worker", "--policy-arn", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
            Assert.Equal("NoSuchEntity", iam.Fail("attach-role-policy", "--role-name", "worker", "--policy-arn", "arn:aws:iam::123456789012:policy/missing"));
            Assert.Equal("DeleteConflict", iam.Fail("delete-role", "--role-name", "worker"));
            Assert.Equal("DeleteConflict", iam.Fail("delete-policy", "--policy-arn", policyArn));

            server.Dispose();
            server = ServeProcess.Start("--data", data.Dir);
            iam = new AwsCli(server.Endpoint, "iam");

            Assert.Equal("lambda.amazonaws.com", (string)iam.Run("get-role", "--role-name", "worker")["Role"]!["AssumeRolePolicyDocument"]!["Statement"]![0]!["Principal"]!["Service"]!);
            Assert.Equal(["inline"], iam.Run("list-role-policies", "--role-name", "worker")["PolicyNames"]!.AsArray().Select(n => (string)n!));
            Assert.Equal("sts:AssumeRole", (string)iam.Run("get-role-policy", "--role-name", "worker", "--policy-name", "inline")["PolicyDocument"]!["Statement"]![0]!["Action"]!);
            Assert.Equal(
                ["managed", "AWSLambdaBasicExecutionRole"],
                iam.Run("list-attached-role-policies", "--role-name", "worker")["AttachedPolicies"]!.AsArray().Select(p => (string)p!["PolicyName"]!));
            var policy = iam.Run("get-policy", "--policy-arn", policyArn)["Policy"]!;
            Assert.Equal(1, (int)policy["AttachmentCount"]!);
            Assert.Equal("v1", (string)policy["DefaultVersionId"]!);
            Assert.True((bool)iam.Run("get-policy-version", "--policy-arn", policyArn, "--version-id", "v1")["PolicyVersion"]!["IsDefaultVersion"]!);
            Assert.Equal(["team"], iam.Run("list-role-tags", "--role-name", "worker")["Tags"]!.AsArray().Select(t => (string)t!["Key"]!));
            Assert.Empty(iam.Run("list-instance-profiles-for-role", "--role-name", "worker")["InstanceProfiles"]!.AsArray());

            iam.Run("detach-role-policy", "--role-name", "worker", "--policy-arn", policyArn);
            iam.Run("detach-role-policy", "--role-name", "worker", "--policy-arn", "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
            iam.Run("delete-role-policy", "--role-name", "worker", "--policy-name", "inline");
            iam.Run("delete-role", "--role-name", "worker");
            iam.Run("delete-policy", "--policy-arn", policyArn);
            Assert.Equal("NoSuchEntity", iam.Fail("get-role", "--role-name", "worker"));
            Assert.Empty(iam.Run("list-roles")["Roles"]!.AsArray());

            var caller = new AwsCli(server.Endpoint, "sts").Run("get-caller-identity");
            Assert.Equal("123456789012", (string)caller["Account"]!);
        }
        finally
        {
            server.Dispose();
        }
    }
}
