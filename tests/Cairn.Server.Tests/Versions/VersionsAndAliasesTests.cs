using Cairn.Server.Tests.Support;

namespace Cairn.Server.Tests.Versions;

/// <summary>Versions and aliases through boto3 and the AWS CLI against <c>cairn serve</c> with SQLite storage, across a restart.</summary>
public sealed class VersionsAndAliasesTests : IDisposable
{
    private const string Role = "arn:aws:iam::123456789012:role/StepFunctionsRole";
    private readonly TempFolder _data = new();
    private ServeProcess _server;

    public VersionsAndAliasesTests() => _server = ServeProcess.Start("--data", _data.Dir);

    [Fact]
    public void Boto3PublishesRoutesRunsAndDeletes()
    {
        var script = """
            def definition(n):
                return json.dumps({"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": {"v": n}, "End": True}}})

            r = {}
            created = sfn.create_state_machine(name="versioned", definition=definition(1), roleArn=role, publish=True, versionDescription="first")
            arn = created["stateMachineArn"]
            r["created"] = created["stateMachineVersionArn"]
            r["noPublishDescription"] = error(lambda: sfn.create_state_machine(name="other", definition=definition(1), roleArn=role, versionDescription="x"))
            updated = sfn.update_state_machine(stateMachineArn=arn, definition=definition(2), publish=True)
            r["updated"] = updated["stateMachineVersionArn"]
            r["republished"] = sfn.publish_state_machine_version(stateMachineArn=arn)["stateMachineVersionArn"]
            r["staleRevision"] = error(lambda: sfn.publish_state_machine_version(stateMachineArn=arn, revisionId="stale"))
            r["currentRevision"] = sfn.publish_state_machine_version(stateMachineArn=arn, revisionId=updated["revisionId"])["stateMachineVersionArn"]
            v1 = sfn.describe_state_machine(stateMachineArn=arn + ":1")
            r["v1"] = {"arn": v1["stateMachineArn"], "description": v1.get("description"), "definition": json.loads(v1["definition"])["States"]["P"]["Result"]}
            r["versions"] = []
            page = sfn.list_state_machine_versions(stateMachineArn=arn, maxResults=1)
            while True:
                r["versions"] += [v["stateMachineVersionArn"].rsplit(":", 1)[1] for v in page["stateMachineVersions"]]
                if "nextToken" not in page:
                    break
                page = sfn.list_state_machine_versions(stateMachineArn=arn, maxResults=1, nextToken=page["nextToken"])

            alias = sfn.create_state_machine_alias(name="live", description="d", routingConfiguration=[
                {"stateMachineVersionArn": arn + ":1", "weight": 100}])["stateMachineAliasArn"]
            r["alias"] = alias
            r["aliasAgain"] = sfn.create_state_machine_alias(name="live", description="d", routingConfiguration=[
                {"stateMachineVersionArn": arn + ":1", "weight": 100}])["stateMachineAliasArn"]
            r["aliasConflict"] = error(lambda: sfn.create_state_machine_alias(name="live", routingConfiguration=[
                {"stateMachineVersionArn": arn + ":2", "weight": 100}]))
            r["badWeights"] = error(lambda: sfn.create_state_machine_alias(name="bad", routingConfiguration=[
                {"stateMachineVersionArn": arn + ":1", "weight": 70}, {"stateMachineVersionArn": arn + ":2", "weight": 20}]))
            r["deleteRouted"] = error(lambda: sfn.delete_state_machine_version(stateMachineVersionArn=arn + ":1"))

            byAlias = finished(sfn.start_execution(stateMachineArn=alias, name="by-alias")["executionArn"])
            r["byAlias"] = {k: byAlias.get(k) for k in ["stateMachineArn", "stateMachineVersionArn", "stateMachineAliasArn", "output"]}
            byVersion = finished(sfn.start_execution(stateMachineArn=arn + ":2", name="by-version")["executionArn"])
            r["byVersion"] = {k: byVersion.get(k) for k in ["stateMachineVersionArn", "stateMachineAliasArn", "output"]}
            finished(sfn.start_execution(stateMachineArn=arn, name="latest")["executionArn"])
            r["listAll"] = [e["name"] for e in sfn.list_executions(stateMachineArn=arn)["executions"]]
            r["listAlias"] = [(e["name"], e.get("stateMachineAliasArn")) for e in sfn.list_executions(stateMachineArn=alias)["executions"]]
            r["listVersion2"] = [e["name"] for e in sfn.list_executions(stateMachineArn=arn + ":2")["executions"]]

            sfn.update_state_machine_alias(stateMachineAliasArn=alias, routingConfiguration=[
                {"stateMachineVersionArn": arn + ":1", "weight": 50}, {"stateMachineVersionArn": arn + ":2", "weight": 50}])
            described = sfn.describe_state_machine_alias(stateMachineAliasArn=alias)
            r["routing"] = [(x["stateMachineVersionArn"].rsplit(":", 1)[1], x["weight"]) for x in described["routingConfiguration"]]
            outputs = set()
            for i in range(24):
                outputs.add(finished(sfn.start_execution(stateMachineArn=alias)["executionArn"])["output"])
            r["splitOutputs"] = sorted(outputs)
            r["aliases"] = [a["stateMachineAliasArn"] for a in sfn.list_state_machine_aliases(stateMachineArn=arn)["stateMachineAliases"]]
            print(json.dumps(r))
            """;
        var result = Boto3Script.Run(_server, script);
        var arn = "arn:aws:states:us-east-1:123456789012:stateMachine:versioned";
        Assert.Equal(arn + ":1", (string)result["created"]!);
        Assert.Equal("ValidationException: Version description can only be set when publish is true", (string)result["noPublishDescription"]!);
        Assert.Equal(arn + ":2", (string)result["updated"]!);
        Assert.Equal(arn + ":2", (string)result["republished"]!);
        Assert.StartsWith("ConflictException: Failed to publish the State Machine version for revision stale.", (string)result["staleRevision"]!);
        Assert.Equal(arn + ":2", (string)result["currentRevision"]!);
        Assert.Equal(arn + ":1", (string)result["v1"]!["arn"]!);
        Assert.Equal("first", (string)result["v1"]!["description"]!);
        Assert.Equal(1, (int)result["v1"]!["definition"]!["v"]!);
        Assert.Equal(["2", "1"], result["versions"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(arn + ":live", (string)result["alias"]!);
        Assert.Equal(arn + ":live", (string)result["aliasAgain"]!);
        Assert.StartsWith("ConflictException:", (string)result["aliasConflict"]!);
        Assert.Equal("ValidationException: Sum of routing configuration weights must equal 100. Received: [70, 20]", (string)result["badWeights"]!);
        Assert.Equal("ConflictException: Version to be deleted must not be referenced by an alias. Current list of aliases referencing this version: [live]", (string)result["deleteRouted"]!);
        Assert.Equal(arn, (string)result["byAlias"]!["stateMachineArn"]!);
        Assert.Equal(arn + ":1", (string)result["byAlias"]!["stateMachineVersionArn"]!);
        Assert.Equal(arn + ":live", (string)result["byAlias"]!["stateMachineAliasArn"]!);
        Assert.Equal("{\"v\":1}", (string)result["byAlias"]!["output"]!);
        Assert.Equal(arn + ":2", (string)result["byVersion"]!["stateMachineVersionArn"]!);
        Assert.Null(result["byVersion"]!["stateMachineAliasArn"]);
        Assert.Equal("{\"v\":2}", (string)result["byVersion"]!["output"]!);
        Assert.Equal(["latest", "by-version", "by-alias"], result["listAll"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("by-alias", (string)result["listAlias"]!.AsArray().Single()![0]!);
        Assert.Equal(["by-version"], result["listVersion2"]!.AsArray().Select(v => (string)v!));
        Assert.Equal("[[\"1\",50],[\"2\",50]]", result["routing"]!.ToJsonString());

        // 24 executions at 50/50: both versions answer unless the router is broken (chance 2^-23).
        Assert.Equal(["{\"v\":1}", "{\"v\":2}"], result["splitOutputs"]!.AsArray().Select(v => (string)v!));
        Assert.Equal([arn + ":live"], result["aliases"]!.AsArray().Select(v => (string)v!));

        // Versions, aliases and the executions' version and alias survive a restart.
        _server.Kill();
        _server = ServeProcess.Start("--data", _data.Dir);
        var cli = new AwsCli(_server.Endpoint);
        Assert.Equal(2, cli.Run("list-state-machine-versions", "--state-machine-arn", arn)["stateMachineVersions"]!.AsArray().Count);
        Assert.Equal(2, cli.Run("describe-state-machine-alias", "--state-machine-alias-arn", arn + ":live")["routingConfiguration"]!.AsArray().Count);
        var execution = cli.Run("describe-execution", "--execution-arn", "arn:aws:states:us-east-1:123456789012:execution:versioned:by-alias");
        Assert.Equal(arn + ":live", (string)execution["stateMachineAliasArn"]!);

        // Deleting the machine takes its versions and aliases with it.
        cli.Run("delete-state-machine", "--state-machine-arn", arn);
        Assert.Equal("ResourceNotFound", cli.Fail("describe-state-machine-alias", "--state-machine-alias-arn", arn + ":live"));
        Assert.Equal("StateMachineDoesNotExist", cli.Fail("describe-state-machine", "--state-machine-arn", arn + ":1"));
        cli.Run("create-state-machine", "--name", "versioned", "--definition", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}", "--role-arn", Role, "--publish");
        Assert.Equal([arn + ":1"], cli.Run("list-state-machine-versions", "--state-machine-arn", arn)["stateMachineVersions"]!.AsArray().Select(v => (string)v!["stateMachineVersionArn"]!));
    }

    public void Dispose()
    {
        _server.Dispose();
        _data.Dispose();
    }
}
