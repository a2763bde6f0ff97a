namespace Cairn.Cli;

internal static class Usage
{
    public const string Text = """
        cairn — run Amazon States Language state machines locally

        Usage:
          cairn run DEFINITION [--input JSON|@FILE] [--mock-config FILE --test-case NAME]
                    [--state-machine NAME] [--name EXECUTION] [--time-scale X] [--history] [--json]
                    [--endpoint [SERVICE=]URL ...] [--lambda-endpoint URL] [--aws-endpoints FILE] [--service-models DIR] [--no-aws-calls]
                    [--functions DIR] [--function NAME=PATH:HANDLER[:RUNTIME]]... [--lambda-concurrency N]
                    [--substitutions KEY=VALUE|@FILE]... [--connections FILE]
          cairn validate DEFINITION [--type STANDARD|EXPRESS] [--substitutions KEY=VALUE|@FILE]... [--json]
          cairn test-state DEFINITION [--state NAME] [--input JSON|@FILE] [--variables JSON|@FILE]
                    [--context JSON|@FILE] [--mock-result JSON|@FILE | --mock-error ERROR --mock-cause CAUSE]
                    [--field-validation-mode STRICT|PRESENT|NONE] [--inspection-level INFO|DEBUG|TRACE] [--json]
          cairn serve [--port N] [--host IP] [--data DIR | --in-memory] [--account ID] [--region NAME]
                      [--access-key ID --secret-key KEY] [--mock-config FILE] [--sync] [--time-scale X]
                      [--evict-idle-after SECONDS] [--max-open-executions N]
                      [--endpoint [SERVICE=]URL ...] [--lambda-endpoint URL] [--aws-endpoints FILE] [--service-models DIR] [--no-aws-calls]
                      [--functions DIR] [--function NAME=PATH:HANDLER[:RUNTIME]]... [--lambda-concurrency N]
                      [--allow-unauthenticated-remote-access]
          cairn deploy TEMPLATE [--endpoint-url URL] [--stack-name NAME] [--parameter-overrides KEY=VALUE ...]
                       [--region NAME] [--endpoint [SERVICE=]URL ...] [--aws-endpoints FILE] [--service-models DIR]
          cairn jsonata EXPR|@FILE [--input FILE|-] [--bindings FILE] [--time-limit MS] [--depth N] [--json]

        run         Runs one execution in process and prints its status and output (or error
                    and cause). Exit code 0 only when the execution succeeded. The definition
                    may be JSON or YAML (.yaml/.yml, or any file not starting with '{').
          --substitutions     KEY=VALUE, or @FILE (a JSON or YAML object): each ${KEY} in the
                              definition is replaced, as CloudFormation's DefinitionSubstitutions
                              do (repeatable; also for validate).
          --input             The execution input: JSON text, or @FILE to read it from a file ({} by default).
          --mock-config       A Step Functions Local mock configuration (MockConfigFile format).
          --test-case         The test case of the mock configuration to run.
          --state-machine     The state machine name (for mock lookups and ARNs); default: the
                              definition file's folder name.
          --name              The execution name (default: a random UUID).
          --time-scale        Real seconds per second of Wait and retry delays: 1 waits in full,
                              0 does not wait (default 1).
          --history           Also print the execution's event history, as GetExecutionHistory returns it.
          --functions         A folder with one folder per Lambda function (code, optional function.json):
                              Task states calling them run the real handlers.
          --function          One Lambda function, NAME=PATH:HANDLER[:RUNTIME] (PATH a folder, file or zip).
          --lambda-concurrency  Sandboxes of one function running at once (default 10).
          --connections       EventBridge connections for HTTP Tasks (arn:aws:states:::http:invoke): a
                              JSON array of CreateConnection requests (Name, AuthorizationType,
                              AuthParameters), each with an optional ConnectionArn; without one, any
                              connection ARN of that name matches.
          --json              Print one JSON object shaped like DescribeExecution (plus "events"
                              with --history) instead of text.
          Task states call AWS services (arn:aws:states:::aws-sdk:SERVICE:action for every service
          with a model, the optimized integrations sqs, sns, dynamodb, events, ecs, batch, glue,
          ...; Lambda when no --functions run it here), with credentials and region from the AWS
          SDKs' chain (environment, ~/.aws/credentials, profiles).
          --endpoint          Where a service's calls go, as SERVICE=URL (sqs=http://127.0.0.1:4566)
                              or URL for every service; repeatable. Otherwise Step Functions Local's
                              SQS_ENDPOINT, DYNAMODB_ENDPOINT, ..., then AWS_ENDPOINT_URL_<SERVICE>
                              and AWS_ENDPOINT_URL, then AWS's regional endpoint.
          --lambda-endpoint   Where Lambda calls go (as --endpoint lambda=URL, or LAMBDA_ENDPOINT):
                              functions then run there, not in the built-in Lambda service.
          --aws-endpoints     A JSON file of SERVICE → URL ("*" for every service).
          --service-models    A folder of more service models (botocore's SERVICE/VERSION/service-2.json
                              layout, or model files).
          --no-aws-calls      Call no AWS service: a .waitForTaskToken task hands its token over
                              (TaskSubmitted) without sending anything, other service tasks fail.
        validate    Checks a definition as ValidateStateMachineDefinition does and prints the
                    diagnostics with their locations. Exit code 1 when there are errors.
        test-state  Tests one state as the TestState API does: a state definition, or a state machine
                    definition and the state to test. Task, Map and Parallel states take a mocked
                    result or error instead of running. Exit code 0 when the state produced an
                    output (SUCCEEDED, CAUGHT_ERROR), 1 otherwise (FAILED, RETRIABLE).
          --state             The state to test inside a state machine definition.
          --input             The state input: JSON text, or @FILE ({} by default).
          --variables         The workflow variables the state sees: a JSON object, or @FILE.
          --context           The context object ($$): JSON text, or @FILE (default: made up).
          --mock-result       The mocked task result: JSON text, or @FILE.
          --mock-error, --mock-cause
                              The mocked task error and cause.
          --field-validation-mode
                              How a mocked result is checked against the API's response shape:
                              STRICT (default; required fields too), PRESENT or NONE.
          --inspection-level  INFO (default), DEBUG (the data after each processing step) or TRACE.
          --json              Print the TestState response as JSON.
        serve       Serves the AWS Step Functions API (AWS JSON 1.0) over HTTP until interrupted, for
                    the AWS CLI and SDKs (--endpoint-url http://127.0.0.1:8083). Standard executions
                    are durable and resume after a restart.
          --port              The TCP port (default 8083; 0 picks a free one).
          --host              The address to listen on (default 127.0.0.1).
          --data              The folder of the SQLite database (default ./.cairn).
          --in-memory         Keep everything in memory instead.
          --account, --region The account id and region in ARNs (default 123456789012, us-east-1).
          --access-key, --secret-key
                              Require requests signed (SigV4) with these credentials (default:
                              any credentials are accepted).
          --mock-config       Answer Task states from a mock configuration; start executions with
                              stateMachineArn#TestCase to pick a test case (default: the
                              SFN_MOCK_CONFIG environment variable, as in Step Functions Local).
          --sync              Flush every commit to disk before answering (default: commits
                              survive a crash of the process, not a power loss).
          --time-scale        Real seconds per second of Wait and retry delays (default: the
                              WAIT_TIME_SCALE environment variable, else 1).
          --evict-idle-after  Seconds a running execution that waits on nothing in this process
                              (a task token, an activity worker, a timer) stays in memory before it
                              is left to the store, to be loaded again when it wakes (default 10).
          --max-open-executions
                              How many Standard executions may run at once; StartExecution and
                              RedriveExecution beyond it fail with ExecutionLimitExceeded
                              (default 1000000, AWS's quota).
          --endpoint, --lambda-endpoint, --aws-endpoints, --service-models, --no-aws-calls
                              As for run; calls go to the region of --region. The server prints
                              where each service's calls go.
        deploy      Deploys an AWS SAM / CloudFormation template (YAML or JSON) to a running Cairn
                    through its Step Functions, Lambda and IAM APIs, SigV4-signed with the SDKs'
                    credential chain: state machines (AWS::Serverless::StateMachine,
                    AWS::StepFunctions::StateMachine), functions (AWS::Serverless::Function with a
                    CodeUri folder, AWS::Lambda::Function with inline code) and IAM roles; DynamoDB
                    tables, SQS queues and SNS topics and subscriptions at their configured endpoints.
                    Deploying again updates in place. Resources of other types are listed, not
                    created. Prints one line per resource, then the Outputs.
          --endpoint-url      Cairn's address (default http://127.0.0.1:8083).
          --stack-name        The stack's name, in generated names and AWS::StackName
                              (default: the template's folder name).
          --parameter-overrides
                              Template parameters, KEY=VALUE (or ParameterKey=K,ParameterValue=V),
                              one or more after the option; repeatable.
          --endpoint, --aws-endpoints, --service-models
                              Where DynamoDB, SQS and SNS calls go, as for serve (also SQS_ENDPOINT,
                              AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, ...).
        jsonata     Evaluates a JSONata expression (text, or @FILE) and prints the result as JSON.
                    An undefined result prints nothing (exit code 0, a note on stderr); an error
                    prints "CODE: message (position N)" on stderr, exit code 1.
          --input             The input document: a JSON file, or - for standard input (none: undefined).
          --bindings          A JSON object of variables ($name or name) to values.
          --time-limit        Stop with U1001 after this many milliseconds (default 30000).
          --depth             Stop with U1001 when evaluation nests deeper than this.
          --json              Print one JSON object: {"result": ...}, {"undefined": true} or
                              {"error": {"code", "message", "position", "token"}}.

        """;
}
