using System.Text.Json.Nodes;
using Cairn.Cli.Tests.Support;
using Cairn.Server;

namespace Cairn.Cli.Tests.Deploy;

/// <summary>
/// <c>cairn deploy</c> (its own process, SigV4-signed) against a Cairn server: CloudFormation's own
/// types (an IAM role with an inline policy, a Lambda function with inline code, a state machine from
/// <c>DefinitionString</c> with <c>Fn::Sub</c> and <c>Fn::Join</c> plus <c>DefinitionSubstitutions</c>),
/// a property it does not apply noted, a resource skipped by its condition, a type it does not create listed, the outputs; the machine then
/// runs the function; a second deployment updates in place.
/// </summary>
public sealed class DeployToCairnTests : IAsyncLifetime
{
    private const string Template = """
        AWSTemplateFormatVersion: '2010-09-09'
        Parameters:
          Greeting:
            Type: String
            Default: hello
        Conditions:
          Never: !Equals [!Ref Greeting, never]
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - {Effect: Allow, Principal: {Service: [states.amazonaws.com, lambda.amazonaws.com]}, Action: sts:AssumeRole}
              Policies:
                - PolicyName: invoke
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement: [{Effect: Allow, Action: lambda:InvokeFunction, Resource: '*'}]
          Greeter:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: index.handler
              Role: !GetAtt Role.Arn
              Environment:
                Variables:
                  GREETING: !Ref Greeting
              Code:
                ZipFile: |
                  import os
                  def handler(event, context):
                      return {"text": os.environ["GREETING"] + ", " + event["name"]}
          Machine:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              RoleArn: !GetAtt Role.Arn
              TracingConfiguration: {Enabled: true}
              DefinitionString: !Join
                - ''
                - - '{"StartAt": "Greet", "States": {"Greet": {"Type": "Task", "Resource": "'
                  - !GetAtt Greeter.Arn
                  - !Sub '", "ResultSelector": {"text.$": "$.text", "stack": "${AWS::StackName}", "marker": "${!Marker}"}, "End": true}}}'
              DefinitionSubstitutions:
                Marker: substituted
          Bucket:
            Type: AWS::S3::Bucket
          Unwanted:
            Type: AWS::SQS::Queue
            Condition: Never
        Outputs:
          MachineArn:
            Value: !Ref Machine
          FunctionName:
            Value: !Ref Greeter
          BucketName:
            Value: !Ref Bucket
        """;

    private CairnServer? _server;

    public async Task InitializeAsync() =>
        _server = await CairnServer.StartAsync(new ServerOptions { Port = 0, DataDirectory = null, Aws = new Integrations.Aws.AwsServiceSettings { NoCalls = true } });

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [Fact]
    public void TheTemplateDeploysRunsAndDeploysAgainInPlace()
    {
        using var folder = new TempFolder("greeter-app");
        var path = folder.Write("template.yaml", Template);
        var first = ChildProcess.Cairn("deploy", path, "--endpoint-url", _server!.Address.ToString());
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);

        var lines = first.StdoutLines;
        Assert.StartsWith("Deploying stack greeter-app from ", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^  CREATE  Role AWS::IAM::Role greeter-app-Role-[A-Z0-9]{13}$", lines[1]);
        Assert.Matches(@"^  CREATE  Greeter AWS::Lambda::Function greeter-app-Greeter-[A-Z0-9]{13}$", lines[2]);
        Assert.Matches(@"^  CREATE  Machine AWS::StepFunctions::StateMachine arn:aws:states:us-east-1:123456789012:stateMachine:Machine-[A-Za-z0-9]{12}$", lines[3]);
        Assert.Equal("  note    Machine: TracingConfiguration not applied by cairn deploy", lines[4]);
        Assert.Equal("  SKIP    Unwanted AWS::SQS::Queue (condition Never is false)", lines[5]);
        Assert.StartsWith("Not created (1; cairn deploy creates ", lines[6], StringComparison.Ordinal);
        Assert.Equal("  Bucket AWS::S3::Bucket", lines[7]);
        Assert.Equal("Outputs:", lines[8]);
        var machine = lines[9]["  MachineArn ".Length..];
        Assert.Equal(lines[3].Split(' ')[^1], machine);
        Assert.Matches(@"^  FunctionName greeter-app-Greeter-[A-Z0-9]{13}$", lines[10]);
        Assert.StartsWith("  BucketName (not available: Outputs/BucketName/Value/Ref: refers to Bucket (AWS::S3::Bucket)", lines[11], StringComparison.Ordinal);

        var execution = Aws("stepfunctions", "start-execution", "--state-machine-arn", machine, "--input", """{"name": "world"}""")["executionArn"]!.ToString();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        JsonNode described;
        while ((described = Aws("stepfunctions", "describe-execution", "--execution-arn", execution))["status"]!.ToString() == "RUNNING")
        {
            Assert.True(DateTime.UtcNow < deadline, "the execution did not end");
            Thread.Sleep(100);
        }

        Assert.True(described["status"]!.ToString() == "SUCCEEDED", described.ToJsonString());
        Assert.Equal("""{"text":"hello, world","stack":"greeter-app","marker":"substituted"}""", described["output"]!.ToString());

        var second = ChildProcess.Cairn("deploy", path, "--endpoint-url", _server.Address.ToString(), "--parameter-overrides", "Greeting=hi");
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);
        Assert.Equal(3, second.StdoutLines.Count(l => l.StartsWith("  UPDATE  ", StringComparison.Ordinal)));
        Assert.Equal(lines[9..11], second.StdoutLines[9..11]);
        var function = lines[10]["  FunctionName ".Length..];
        Assert.Equal("hi", Aws("lambda", "get-function-configuration", "--function-name", function)["Environment"]!["Variables"]!["GREETING"]!.ToString());
        Assert.Single(Aws("stepfunctions", "list-state-machines")["stateMachines"]!.AsArray());
    }

    [Fact]
    public void AFunctionWhoseCodeFolderIsMissingIsNamed()
    {
        using var folder = new TempFolder("app");
        var path = folder.Write("template.yaml", """
            Transform: AWS::Serverless-2016-10-31
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties: {Runtime: python3.12, Handler: app.handler, CodeUri: missing/}
            """);
        var result = ChildProcess.Cairn("deploy", path, "--endpoint-url", _server!.Address.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"cairn: {path}: Resources/Fn: no such code folder or zip file '{Path.Combine(folder.Dir, "missing")}/'", Assert.Single(result.StderrLines));
    }

    [Fact]
    public void AnInvalidDefinitionIsCairnsErrorNamingTheResource()
    {
        using var folder = new TempFolder("app");
        var path = folder.Write("template.yaml", """
            Resources:
              Machine:
                Type: AWS::Serverless::StateMachine
                Properties:
                  Role: arn:aws:iam::123456789012:role/r
                  Definition: {StartAt: Missing, States: {A: {Type: Pass, End: true}}}
            """);
        var result = ChildProcess.Cairn("deploy", path, "--endpoint-url", _server!.Address.ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cairn: {path}: Resources/Machine (AWS::Serverless::StateMachine): SFN CreateStateMachine: InvalidDefinition: ", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private JsonNode Aws(string service, params string[] arguments)
    {
        var result = ChildProcess.Run("aws", new[] { service, "--endpoint-url", _server!.Address.ToString().TrimEnd('/'), "--output", "json" }.Concat(arguments));
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonNode.Parse(result.Stdout)!;
    }
}
