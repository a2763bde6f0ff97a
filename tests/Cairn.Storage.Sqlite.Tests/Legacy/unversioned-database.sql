PRAGMA user_version = 7;
BEGIN TRANSACTION;
CREATE TABLE activities (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    creation_date INTEGER NOT NULL
);
INSERT INTO "activities" VALUES(1,'arn:aws:states:us-east-1:123456789012:activity:legacy-work','legacy-work',639322520294065614);
CREATE TABLE aliases (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL UNIQUE,
    state_machine_arn TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    routing_configuration TEXT NOT NULL,
    creation_date INTEGER NOT NULL,
    update_date INTEGER NOT NULL
);
CREATE TABLE events (
    execution INTEGER NOT NULL,
    id INTEGER NOT NULL,
    previous_event_id INTEGER NOT NULL,
    timestamp INTEGER NOT NULL,
    type TEXT NOT NULL,
    details_key TEXT,
    details TEXT,
    PRIMARY KEY (execution, id)
) WITHOUT ROWID;
INSERT INTO "events" VALUES(1,1,0,639322520290712879,'ExecutionStarted','executionStartedEventDetails','{"input":"{}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(1,2,0,639322520290712879,'PassStateEntered','stateEnteredEventDetails','{"name":"Prepare","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(1,3,2,639322520290712879,'PassStateExited','stateExitedEventDetails','{"name":"Prepare","output":"{\"id\":\"0f6430b4-7c87-41e6-91fd-2afb38c86d04\"}","outputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(1,4,3,639322520290712879,'WaitStateEntered','stateEnteredEventDetails','{"name":"Hold","input":"{\"id\":\"0f6430b4-7c87-41e6-91fd-2afb38c86d04\"}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(2,1,0,639322520292442935,'ExecutionStarted','executionStartedEventDetails','{"input":"{\"n\":1}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(2,2,0,639322520292442935,'TaskStateEntered','stateEnteredEventDetails','{"name":"Call","input":"{\"n\":1}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(2,3,2,639322520292442935,'TaskScheduled','taskScheduledEventDetails','{"resourceType":"lambda","resource":"invoke","region":"us-east-1","parameters":"{\"FunctionName\":\"legacy\",\"Payload\":{\"n\":1}}"}');
INSERT INTO "events" VALUES(2,4,3,639322520292442935,'TaskStarted','taskStartedEventDetails','{"resourceType":"lambda","resource":"invoke"}');
INSERT INTO "events" VALUES(2,5,4,639322520292643467,'TaskFailed','taskFailedEventDetails','{"resourceType":"lambda","resource":"invoke","error":"States.TaskFailed","cause":"No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME)."}');
INSERT INTO "events" VALUES(3,1,0,639322520293153715,'ExecutionStarted','executionStartedEventDetails','{"input":"{}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(3,2,0,639322520293153715,'TaskStateEntered','stateEnteredEventDetails','{"name":"Ask","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(3,3,2,639322520293153715,'TaskScheduled','taskScheduledEventDetails','{"resourceType":"sqs","resource":"sendMessage.waitForTaskToken","region":"us-east-1","parameters":"{\"QueueUrl\":\"q\",\"MessageBody\":{\"token\":\"AW2HdXBESr0N-1rrxzzuIo1VZ8F8ioAQor7KvakETtB9SBjMka9bLwOqrldFlWYpZCB87m7-gy-gpX9xHnJljmTcRHhdfwHvvGSLPlsWwUg6u2wu0BUveGwqJJVSbGU\"}}","timeoutInSeconds":86400,"heartbeatInSeconds":3600}');
INSERT INTO "events" VALUES(3,4,3,639322520293153715,'TaskStarted','taskStartedEventDetails','{"resourceType":"sqs","resource":"sendMessage.waitForTaskToken"}');
INSERT INTO "events" VALUES(3,5,4,639322520293408984,'TaskSubmitted','taskSubmittedEventDetails','{"resourceType":"sqs","resource":"sendMessage.waitForTaskToken","output":"{}","outputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,1,0,639322520294321246,'ExecutionStarted','executionStartedEventDetails','{"input":"{}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(4,2,0,639322520294321246,'ParallelStateEntered','stateEnteredEventDetails','{"name":"Both","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,3,2,639322520294321246,'ParallelStateStarted',NULL,NULL);
INSERT INTO "events" VALUES(4,4,3,639322520294321246,'TaskStateEntered','stateEnteredEventDetails','{"name":"Gone","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,5,4,639322520294321246,'TaskStateExited','stateExitedEventDetails','{"name":"Gone","output":"{\"missing\":{\"Error\":\"States.Runtime\",\"Cause\":\"An error occurred while executing the state ''Gone'' (entered at the event id #4). The activity arn:aws:states:us-east-1:123456789012:activity:legacy-gone does not exist.\"}}","outputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,6,5,639322520294321246,'PassStateEntered','stateEnteredEventDetails','{"name":"Noted","input":"{\"missing\":{\"Error\":\"States.Runtime\",\"Cause\":\"An error occurred while executing the state ''Gone'' (entered at the event id #4). The activity arn:aws:states:us-east-1:123456789012:activity:legacy-gone does not exist.\"}}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,7,6,639322520294321246,'PassStateExited','stateExitedEventDetails','{"name":"Noted","output":"{\"missing\":{\"Error\":\"States.Runtime\",\"Cause\":\"An error occurred while executing the state ''Gone'' (entered at the event id #4). The activity arn:aws:states:us-east-1:123456789012:activity:legacy-gone does not exist.\"}}","outputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,8,3,639322520294321246,'TaskStateEntered','stateEnteredEventDetails','{"name":"Work","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(4,9,8,639322520294321246,'ActivityScheduled','activityScheduledEventDetails','{"resource":"arn:aws:states:us-east-1:123456789012:activity:legacy-work","input":"{}","inputDetails":{"truncated":false},"heartbeatInSeconds":3600}');
INSERT INTO "events" VALUES(4,10,9,639322520294889442,'ActivityStarted','activityStartedEventDetails','{"workerName":"legacy-worker"}');
INSERT INTO "events" VALUES(5,1,0,639322520295388380,'ExecutionStarted','executionStartedEventDetails','{"input":"{\"items\": [{\"wait\": 600}, {\"wait\": 1200}, {\"wait\": 1800}, {\"wait\": 2400}]}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(5,2,0,639322520295388380,'MapStateEntered','stateEnteredEventDetails','{"name":"Fan","input":"{\"items\": [{\"wait\": 600}, {\"wait\": 1200}, {\"wait\": 1800}, {\"wait\": 2400}]}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(5,3,2,639322520295388380,'MapStateStarted','mapStateStartedEventDetails','{"length":4}');
INSERT INTO "events" VALUES(5,4,3,639322520295388380,'MapRunStarted','mapRunStartedEventDetails','{"mapRunArn":"arn:aws:states:us-east-1:123456789012:mapRun:maps/batch:9f232870-7bdd-4a84-ad2b-67710cc086cd"}');
INSERT INTO "events" VALUES(6,1,0,639322520296479149,'ExecutionStarted','executionStartedEventDetails','{"input":"{}","inputDetails":{"truncated":false},"roleArn":"arn:aws:iam::123456789012:role/legacy"}');
INSERT INTO "events" VALUES(6,2,0,639322520296479149,'TaskStateEntered','stateEnteredEventDetails','{"name":"Call","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(6,3,2,639322520296479149,'TaskScheduled','taskScheduledEventDetails','{"resourceType":"lambda","resource":"invoke","region":"us-east-1","parameters":"{\"FunctionName\":\"legacy\",\"Payload\":{}}"}');
INSERT INTO "events" VALUES(6,4,3,639322520296479149,'TaskStarted','taskStartedEventDetails','{"resourceType":"lambda","resource":"invoke"}');
INSERT INTO "events" VALUES(6,5,4,639322520296485347,'TaskFailed','taskFailedEventDetails','{"resourceType":"lambda","resource":"invoke","error":"States.TaskFailed","cause":"No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME)."}');
INSERT INTO "events" VALUES(6,6,5,639322520296718648,'ExecutionAborted','executionAbortedEventDetails','{"error":"Legacy.Stop","cause":"stopped to be redriven"}');
INSERT INTO "events" VALUES(6,7,6,639322520297443341,'ExecutionRedriven','executionRedrivenEventDetails','{"redriveCount":1}');
INSERT INTO "events" VALUES(6,8,7,639322520297443341,'TaskStateEntered','stateEnteredEventDetails','{"name":"Call","input":"{}","inputDetails":{"truncated":false}}');
INSERT INTO "events" VALUES(6,9,8,639322520297443341,'TaskScheduled','taskScheduledEventDetails','{"resourceType":"lambda","resource":"invoke","region":"us-east-1","parameters":"{\"FunctionName\":\"legacy\",\"Payload\":{}}"}');
INSERT INTO "events" VALUES(6,10,9,639322520297443341,'TaskStarted','taskStartedEventDetails','{"resourceType":"lambda","resource":"invoke"}');
INSERT INTO "events" VALUES(6,11,10,639322520297522745,'TaskFailed','taskFailedEventDetails','{"resourceType":"lambda","resource":"invoke","error":"States.TaskFailed","cause":"No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME)."}');
CREATE TABLE executions (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL UNIQUE,
    state_machine_arn TEXT NOT NULL,
    revision_id TEXT NOT NULL,
    name TEXT NOT NULL,
    role_arn TEXT NOT NULL,
    start_date INTEGER NOT NULL,
    input TEXT NOT NULL,
    entropy_seed INTEGER NOT NULL,
    test_case TEXT,
    status TEXT NOT NULL,
    stop_date INTEGER,
    output TEXT,
    error TEXT,
    cause TEXT,
    event_count INTEGER NOT NULL DEFAULT 0,
    input_count INTEGER NOT NULL DEFAULT 0
, version_arn TEXT, alias_arn TEXT, redrive_count INTEGER NOT NULL DEFAULT 0, redrive_date INTEGER);
INSERT INTO "executions" VALUES(1,'arn:aws:states:us-east-1:123456789012:execution:waits:w1','arn:aws:states:us-east-1:123456789012:stateMachine:waits','f02a0636-e631-4df2-b8fa-30f6c3d643df','w1','arn:aws:iam::123456789012:role/legacy',639322520290712879,'{}',664234716,NULL,'RUNNING',NULL,NULL,NULL,NULL,4,1,NULL,NULL,0,NULL);
INSERT INTO "executions" VALUES(2,'arn:aws:states:us-east-1:123456789012:execution:retries:r1','arn:aws:states:us-east-1:123456789012:stateMachine:retries','70994784-e29f-4e07-9c5a-24a63ae6346d','r1','arn:aws:iam::123456789012:role/legacy',639322520292442935,'{"n":1}',927613918,NULL,'RUNNING',NULL,NULL,NULL,NULL,5,2,NULL,NULL,0,NULL);
INSERT INTO "executions" VALUES(3,'arn:aws:states:us-east-1:123456789012:execution:callbacks:c1','arn:aws:states:us-east-1:123456789012:stateMachine:callbacks','3c53ec61-35a8-4316-898e-691eabc4bc85','c1','arn:aws:iam::123456789012:role/legacy',639322520293153715,'{}',231926112,NULL,'RUNNING',NULL,NULL,NULL,NULL,5,3,NULL,NULL,0,NULL);
INSERT INTO "executions" VALUES(4,'arn:aws:states:us-east-1:123456789012:execution:activities:a1','arn:aws:states:us-east-1:123456789012:stateMachine:activities','f3349aa1-a740-416f-97e6-ea113ce07310','a1','arn:aws:iam::123456789012:role/legacy',639322520294321246,'{}',688027903,NULL,'RUNNING',NULL,NULL,NULL,NULL,10,2,NULL,NULL,0,NULL);
INSERT INTO "executions" VALUES(5,'arn:aws:states:us-east-1:123456789012:execution:maps:m1','arn:aws:states:us-east-1:123456789012:stateMachine:maps','84486d3c-f05b-4fcb-a04e-53d5c6035b11','m1','arn:aws:iam::123456789012:role/legacy',639322520295388380,'{"items": [{"wait": 600}, {"wait": 1200}, {"wait": 1800}, {"wait": 2400}]}',754100124,NULL,'RUNNING',NULL,NULL,NULL,NULL,4,2,NULL,NULL,0,NULL);
INSERT INTO "executions" VALUES(6,'arn:aws:states:us-east-1:123456789012:execution:redrives:d1','arn:aws:states:us-east-1:123456789012:stateMachine:redrives','a9b10d99-9a4f-4623-a54d-8f07cf23cf0e','d1','arn:aws:iam::123456789012:role/legacy',639322520296479149,'{}',1454596797,NULL,'RUNNING',NULL,NULL,NULL,NULL,11,5,NULL,NULL,1,639322520297443341);
CREATE TABLE inputs (
    execution INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    time INTEGER NOT NULL,
    command_id INTEGER NOT NULL,
    output TEXT,
    error TEXT,
    cause TEXT,
    PRIMARY KEY (execution, sequence)
) WITHOUT ROWID;
INSERT INTO "inputs" VALUES(1,0,1,639322520290712879,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(2,0,1,639322520292442935,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(2,1,3,639322520292643467,1,NULL,'States.TaskFailed','No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME).');
INSERT INTO "inputs" VALUES(3,0,1,639322520293153715,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(3,1,6,639322520293408984,1,'{}',NULL,NULL);
INSERT INTO "inputs" VALUES(3,2,7,639322520293870832,1,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(4,0,1,639322520294321246,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(4,1,8,639322520294889442,1,'"legacy-worker"',NULL,NULL);
INSERT INTO "inputs" VALUES(5,0,1,639322520295388380,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(5,1,9,639322520296098716,0,'{"mapRunArn":"arn:aws:states:us-east-1:123456789012:mapRun:maps/batch:9f232870-7bdd-4a84-ad2b-67710cc086cd","maxConcurrency":3}',NULL,NULL);
INSERT INTO "inputs" VALUES(6,0,1,639322520296479149,0,NULL,NULL,NULL);
INSERT INTO "inputs" VALUES(6,1,3,639322520296485347,1,NULL,'States.TaskFailed','No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME).');
INSERT INTO "inputs" VALUES(6,2,5,639322520296718648,0,NULL,'Legacy.Stop','stopped to be redriven');
INSERT INTO "inputs" VALUES(6,3,10,639322520297443341,0,'"2597c1aa-d741-4462-8a05-9dcb19bdbfc0"',NULL,NULL);
INSERT INTO "inputs" VALUES(6,4,3,639322520297522745,3,NULL,'States.TaskFailed','No integration is configured for the resource ''arn:aws:states:::lambda:invoke'' of the state ''Call''. Run with a mock configuration (--mock-config FILE --test-case NAME).');
CREATE TABLE map_runs (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL UNIQUE,
    execution_arn TEXT NOT NULL,
    state_machine_arn TEXT NOT NULL,
    start_date INTEGER NOT NULL,
    stop_date INTEGER,
    status TEXT NOT NULL,
    max_concurrency INTEGER NOT NULL,
    tolerated_failure_count INTEGER NOT NULL,
    tolerated_failure_percentage REAL NOT NULL,
    pending INTEGER NOT NULL,
    running INTEGER NOT NULL,
    succeeded INTEGER NOT NULL,
    failed INTEGER NOT NULL,
    timed_out INTEGER NOT NULL,
    aborted INTEGER NOT NULL,
    total INTEGER NOT NULL,
    results_written INTEGER NOT NULL
, redrive_count INTEGER NOT NULL DEFAULT 0, redrive_date INTEGER, failures_not_redrivable INTEGER NOT NULL DEFAULT 0, pending_redrive INTEGER NOT NULL DEFAULT 0);
INSERT INTO "map_runs" VALUES(1,'arn:aws:states:us-east-1:123456789012:mapRun:maps/batch:9f232870-7bdd-4a84-ad2b-67710cc086cd','arn:aws:states:us-east-1:123456789012:execution:maps:m1','arn:aws:states:us-east-1:123456789012:stateMachine:maps/batch',639322520295388380,NULL,'RUNNING',3,0,0.0,1,3,0,0,0,0,4,0,0,NULL,0,0);
CREATE TABLE revisions (
    revision_id TEXT PRIMARY KEY,
    state_machine_arn TEXT NOT NULL,
    definition TEXT NOT NULL,
    role_arn TEXT NOT NULL,
    logging_configuration TEXT NOT NULL,
    tracing_configuration TEXT NOT NULL,
    description TEXT,
    created_at INTEGER NOT NULL
);
INSERT INTO "revisions" VALUES('f02a0636-e631-4df2-b8fa-30f6c3d643df','arn:aws:states:us-east-1:123456789012:stateMachine:waits','{"StartAt": "Prepare", "States": {"Prepare": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()"}, "Next": "Hold"}, "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Ship"}, "Ship": {"Type": "Pass", "Parameters": {"id.$": "$.id", "lucky.$": "States.MathRandom(1, 1000)"}, "End": true}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520290118880);
INSERT INTO "revisions" VALUES('70994784-e29f-4e07-9c5a-24a63ae6346d','arn:aws:states:us-east-1:123456789012:stateMachine:retries','{"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "legacy", "Payload.$": "$"}, "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 3600, "MaxAttempts": 2, "BackoffRate": 2, "JitterStrategy": "FULL"}], "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Fallback"}], "End": true}, "Fallback": {"Type": "Pass", "Parameters": {"fellBack": true}, "End": true}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520292340636);
INSERT INTO "revisions" VALUES('3c53ec61-35a8-4316-898e-691eabc4bc85','arn:aws:states:us-east-1:123456789012:stateMachine:callbacks','{"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 86400, "HeartbeatSeconds": 3600, "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "ResultPath": "$.answer", "Next": "Done"}, "Done": {"Type": "Pass", "End": true}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520293032866);
INSERT INTO "revisions" VALUES('f3349aa1-a740-416f-97e6-ea113ce07310','arn:aws:states:us-east-1:123456789012:stateMachine:activities','{"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Gone", "States": {"Gone": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:legacy-gone", "Catch": [{"ErrorEquals": ["States.Runtime"], "ResultPath": "$.missing", "Next": "Noted"}], "End": true}, "Noted": {"Type": "Pass", "End": true}}}, {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:us-east-1:123456789012:activity:legacy-work", "HeartbeatSeconds": 3600, "End": true}}}]}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520294203662);
INSERT INTO "revisions" VALUES('84486d3c-f05b-4fcb-a04e-53d5c6035b11','arn:aws:states:us-east-1:123456789012:stateMachine:maps','{"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "Label": "batch", "MaxConcurrency": 2, "ItemsPath": "$.items", "End": true, "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Sleep", "States": {"Sleep": {"Type": "Wait", "SecondsPath": "$.wait", "End": true}}}}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520295290180);
INSERT INTO "revisions" VALUES('a9b10d99-9a4f-4623-a54d-8f07cf23cf0e','arn:aws:states:us-east-1:123456789012:stateMachine:redrives','{"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "legacy", "Payload.$": "$"}, "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 3600, "MaxAttempts": 1}], "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Fallback"}], "End": true}, "Fallback": {"Type": "Pass", "End": true}}}','arn:aws:iam::123456789012:role/legacy','{"level":"OFF","includeExecutionData":false}','{"enabled":false}',NULL,639322520296428476);
CREATE TABLE server_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;
INSERT INTO "server_secrets" VALUES('task-token-key',X'357AEAE07658C95CA2614F0776247C4A4FD81E73659570F7606093057260D35E');
CREATE TABLE state_machines (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    arn TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    creation_date INTEGER NOT NULL,
    revision_id TEXT NOT NULL REFERENCES revisions (revision_id)
);
INSERT INTO "state_machines" VALUES(1,'arn:aws:states:us-east-1:123456789012:stateMachine:waits','waits','STANDARD',639322520290118880,'f02a0636-e631-4df2-b8fa-30f6c3d643df');
INSERT INTO "state_machines" VALUES(2,'arn:aws:states:us-east-1:123456789012:stateMachine:retries','retries','STANDARD',639322520292340636,'70994784-e29f-4e07-9c5a-24a63ae6346d');
INSERT INTO "state_machines" VALUES(3,'arn:aws:states:us-east-1:123456789012:stateMachine:callbacks','callbacks','STANDARD',639322520293032866,'3c53ec61-35a8-4316-898e-691eabc4bc85');
INSERT INTO "state_machines" VALUES(4,'arn:aws:states:us-east-1:123456789012:stateMachine:activities','activities','STANDARD',639322520294203662,'f3349aa1-a740-416f-97e6-ea113ce07310');
INSERT INTO "state_machines" VALUES(5,'arn:aws:states:us-east-1:123456789012:stateMachine:maps','maps','STANDARD',639322520295290180,'84486d3c-f05b-4fcb-a04e-53d5c6035b11');
INSERT INTO "state_machines" VALUES(6,'arn:aws:states:us-east-1:123456789012:stateMachine:redrives','redrives','STANDARD',639322520296428476,'a9b10d99-9a4f-4623-a54d-8f07cf23cf0e');
CREATE TABLE tags (
    resource_arn TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (resource_arn, key)
) WITHOUT ROWID;
CREATE TABLE timers (
    execution INTEGER NOT NULL,
    timer_id INTEGER NOT NULL,
    due INTEGER NOT NULL,
    PRIMARY KEY (execution, timer_id)
) WITHOUT ROWID;
INSERT INTO "timers" VALUES(5,1,639322526295388380);
INSERT INTO "timers" VALUES(2,2,639322530502453931);
INSERT INTO "timers" VALUES(5,2,639322532295388380);
INSERT INTO "timers" VALUES(5,3,639322538296098716);
INSERT INTO "timers" VALUES(1,1,639322556290712879);
INSERT INTO "timers" VALUES(3,3,639322556293153715);
INSERT INTO "timers" VALUES(3,4,639322556293870832);
INSERT INTO "timers" VALUES(4,2,639322556294889442);
INSERT INTO "timers" VALUES(6,4,639322556297522745);
INSERT INTO "timers" VALUES(3,2,639323384293153715);
CREATE TABLE version_counters (
    state_machine_arn TEXT PRIMARY KEY,
    last_version INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE versions (
    arn TEXT PRIMARY KEY,
    state_machine_arn TEXT NOT NULL,
    version INTEGER NOT NULL,
    revision_id TEXT NOT NULL,
    description TEXT,
    creation_date INTEGER NOT NULL
);
CREATE INDEX executions_by_machine ON executions (state_machine_arn, position);
CREATE INDEX executions_running ON executions (position) WHERE status = 'RUNNING';
CREATE INDEX timers_by_due ON timers (due);
CREATE INDEX versions_by_machine ON versions (state_machine_arn, version);
CREATE INDEX aliases_by_machine ON aliases (state_machine_arn, position);
CREATE INDEX executions_by_version ON executions (version_arn, position) WHERE version_arn IS NOT NULL;
CREATE INDEX executions_by_alias ON executions (alias_arn, position) WHERE alias_arn IS NOT NULL;
CREATE INDEX map_runs_by_execution ON map_runs (execution_arn, position);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('state_machines',6);
INSERT INTO "sqlite_sequence" VALUES('executions',6);
INSERT INTO "sqlite_sequence" VALUES('activities',1);
INSERT INTO "sqlite_sequence" VALUES('map_runs',2);
COMMIT;
