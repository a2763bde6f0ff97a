using System.Text.Json.Nodes;

namespace Cairn.Server.Tests.Protocol.Abuse;

/// <summary>The resources the templates name: created before the flood, so valid requests reach deep.</summary>
internal sealed record AbuseResources(
    string MachineArn,
    string ExpressArn,
    string DoomedMachineArn,
    string VersionArn,
    string AliasArn,
    string ExecutionArn,
    string FailedExecutionArn,
    string ActivityArn,
    string AbsentActivityArn,
    string MapRunArn,
    string TaskToken);

/// <summary>
/// A well-formed request for each of the 37 actions, with every member the action reads; the
/// mutator breaks them. GetActivityTask names an activity that does not exist, so no mutation can
/// hold a 60-second long poll open.
/// </summary>
internal static class RequestTemplates
{
    public const string Role = "arn:aws:iam::123456789012:role/abuse";

    public static readonly string[] Definitions =
    [
        """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""",
        """{"Comment":"c","StartAt":"P","States":{"P":{"Type":"Pass","Parameters":{"a.$":"$.x","b":[1,2],"c.$":"States.Format('{}',$.y)"},"ResultPath":"$.r","Next":"C"},"C":{"Type":"Choice","Choices":[{"Variable":"$.r.a","NumericGreaterThan":1,"Next":"S"}],"Default":"F"},"S":{"Type":"Succeed"},"F":{"Type":"Fail","Error":"E","Cause":"c"}}}""",
        """{"QueryLanguage":"JSONata","StartAt":"P","States":{"P":{"Type":"Pass","Output":"{% $states.input.a + 1 %}","Assign":{"v":"{% $count([1,2]) %}"},"End":true}}}""",
        """{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":2,"ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}},"End":true}}}""",
        """{"StartAt":"W","TimeoutSeconds":5,"States":{"W":{"Type":"Wait","SecondsPath":"$.s","Next":"T"},"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"f"},"Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":2}],"Catch":[{"ErrorEquals":["States.ALL"],"Next":"D"}],"End":true},"D":{"Type":"Pass","End":true}}}""",
        """{"StartAt":"Par","States":{"Par":{"Type":"Parallel","Branches":[{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}],"ResultSelector":{"x.$":"$[0]"},"End":true}}}""",
    ];

    public static readonly string[] Actions =
    [
        "CreateStateMachine", "DescribeStateMachine", "UpdateStateMachine", "DeleteStateMachine", "ListStateMachines",
        "ValidateStateMachineDefinition", "TestState", "StartExecution", "StartSyncExecution", "StopExecution",
        "RedriveExecution", "DescribeExecution", "ListExecutions", "GetExecutionHistory", "DescribeStateMachineForExecution",
        "TagResource", "UntagResource", "ListTagsForResource", "CreateActivity", "DescribeActivity", "DeleteActivity",
        "ListActivities", "GetActivityTask", "SendTaskSuccess", "SendTaskFailure", "SendTaskHeartbeat",
        "PublishStateMachineVersion", "ListStateMachineVersions", "DeleteStateMachineVersion", "CreateStateMachineAlias",
        "DescribeStateMachineAlias", "UpdateStateMachineAlias", "DeleteStateMachineAlias", "ListStateMachineAliases",
        "DescribeMapRun", "ListMapRuns", "UpdateMapRun",
    ];

    /// <summary>Members whose string value is itself JSON text.</summary>
    public static readonly HashSet<string> JsonTextMembers = ["definition", "input", "output", "result", "variables", "context", "mapItemReaderData"];

    public static JsonObject Create(string action, AbuseResources r, Random random)
    {
        var definition = Definitions[random.Next(Definitions.Length)];
        var tags = new JsonArray(new JsonObject { ["key"] = "k", ["value"] = "v" });
        return action switch
        {
            "CreateStateMachine" => new JsonObject
            {
                ["name"] = "m" + random.Next(1000), ["definition"] = definition, ["roleArn"] = Role, ["type"] = "STANDARD", ["tags"] = tags,
                ["loggingConfiguration"] = new JsonObject { ["level"] = "OFF", ["includeExecutionData"] = false },
                ["tracingConfiguration"] = new JsonObject { ["enabled"] = false }, ["publish"] = false, ["versionDescription"] = "d",
            },
            "DescribeStateMachine" => new JsonObject { ["stateMachineArn"] = r.MachineArn },
            "UpdateStateMachine" => new JsonObject { ["stateMachineArn"] = r.MachineArn, ["definition"] = definition, ["roleArn"] = Role, ["publish"] = false, ["versionDescription"] = "d" },
            "DeleteStateMachine" => new JsonObject { ["stateMachineArn"] = r.DoomedMachineArn },
            "ListStateMachines" or "ListActivities" => new JsonObject { ["maxResults"] = 10, ["nextToken"] = "token" },
            "ValidateStateMachineDefinition" => new JsonObject { ["definition"] = definition, ["type"] = "STANDARD", ["severity"] = "ERROR", ["maxResults"] = 10 },
            "TestState" => new JsonObject
            {
                ["definition"] = """{"Type":"Pass","Parameters":{"a.$":"$.b"},"End":true}""", ["roleArn"] = Role, ["input"] = """{"b":1}""",
                ["inspectionLevel"] = "DEBUG", ["revealSecrets"] = false, ["variables"] = """{"v":1}""",
                ["mock"] = new JsonObject { ["result"] = "{}", ["fieldValidationMode"] = "STRICT" },
                ["context"] = "{}",
                ["stateConfiguration"] = new JsonObject { ["retrierRetryCount"] = 0, ["mapIterationFailureCount"] = 0 },
            },
            "StartExecution" => new JsonObject { ["stateMachineArn"] = r.MachineArn, ["name"] = "e" + random.Next(100000), ["input"] = """{"x":2,"y":"z","items":[1,2],"s":0}""", ["traceHeader"] = "t" },
            "StartSyncExecution" => new JsonObject { ["stateMachineArn"] = r.ExpressArn, ["name"] = "s" + random.Next(100000), ["input"] = """{"x":2}""", ["traceHeader"] = "t" },
            "StopExecution" => new JsonObject { ["executionArn"] = r.ExecutionArn, ["error"] = "E", ["cause"] = "c" },
            "RedriveExecution" => new JsonObject { ["executionArn"] = r.FailedExecutionArn, ["clientToken"] = "ct" + random.Next(1000) },
            "DescribeExecution" => new JsonObject { ["executionArn"] = r.ExecutionArn },
            "ListExecutions" => new JsonObject { ["stateMachineArn"] = r.MachineArn, ["statusFilter"] = "RUNNING", ["maxResults"] = 10, ["redriveFilter"] = "NOT_REDRIVEN" },
            "GetExecutionHistory" => new JsonObject { ["executionArn"] = r.ExecutionArn, ["maxResults"] = 10, ["reverseOrder"] = true, ["includeExecutionData"] = true },
            "DescribeStateMachineForExecution" => new JsonObject { ["executionArn"] = r.ExecutionArn, ["includedData"] = "ALL_DATA" },
            "TagResource" => new JsonObject { ["resourceArn"] = r.MachineArn, ["tags"] = tags },
            "UntagResource" => new JsonObject { ["resourceArn"] = r.MachineArn, ["tagKeys"] = new JsonArray("k") },
            "ListTagsForResource" => new JsonObject { ["resourceArn"] = r.ActivityArn },
            "CreateActivity" => new JsonObject { ["name"] = "a" + random.Next(1000), ["tags"] = tags, ["encryptionConfiguration"] = new JsonObject { ["type"] = "AWS_OWNED_KEY" } },
            "DescribeActivity" => new JsonObject { ["activityArn"] = r.ActivityArn },
            "DeleteActivity" => new JsonObject { ["activityArn"] = r.AbsentActivityArn },
            "GetActivityTask" => new JsonObject { ["activityArn"] = r.AbsentActivityArn, ["workerName"] = "w" },
            "SendTaskSuccess" => new JsonObject { ["taskToken"] = r.TaskToken, ["output"] = """{"done":true}""" },
            "SendTaskFailure" => new JsonObject { ["taskToken"] = r.TaskToken, ["error"] = "E", ["cause"] = "c" },
            "SendTaskHeartbeat" => new JsonObject { ["taskToken"] = r.TaskToken },
            "PublishStateMachineVersion" => new JsonObject { ["stateMachineArn"] = r.MachineArn, ["description"] = "d" },
            "ListStateMachineVersions" or "ListStateMachineAliases" => new JsonObject { ["stateMachineArn"] = r.MachineArn, ["maxResults"] = 5 },
            "DeleteStateMachineVersion" => new JsonObject { ["stateMachineVersionArn"] = r.MachineArn + ":999" },
            "CreateStateMachineAlias" => new JsonObject
            {
                ["name"] = "al" + random.Next(1000), ["description"] = "d",
                ["routingConfiguration"] = new JsonArray(new JsonObject { ["stateMachineVersionArn"] = r.VersionArn, ["weight"] = 100 }),
            },
            "DescribeStateMachineAlias" => new JsonObject { ["stateMachineAliasArn"] = r.AliasArn },
            "UpdateStateMachineAlias" => new JsonObject
            {
                ["stateMachineAliasArn"] = r.AliasArn, ["description"] = "d",
                ["routingConfiguration"] = new JsonArray(new JsonObject { ["stateMachineVersionArn"] = r.VersionArn, ["weight"] = 100 }),
            },
            "DeleteStateMachineAlias" => new JsonObject { ["stateMachineAliasArn"] = r.MachineArn + ":nosuchalias" },
            "DescribeMapRun" => new JsonObject { ["mapRunArn"] = r.MapRunArn },
            "ListMapRuns" => new JsonObject { ["executionArn"] = r.ExecutionArn, ["maxResults"] = 5 },
            "UpdateMapRun" => new JsonObject { ["mapRunArn"] = r.MapRunArn, ["maxConcurrency"] = 1, ["toleratedFailurePercentage"] = 10.5, ["toleratedFailureCount"] = 1 },
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not an action"),
        };
    }
}
