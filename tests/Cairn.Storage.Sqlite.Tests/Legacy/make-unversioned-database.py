"""Writes unversioned-database.sql: executions paused mid-way by a build from before log formats.

Usage: python3 make-unversioned-database.py CAIRN_DLL OUT_DIR
CAIRN_DLL is cairn.dll of that build; OUT_DIR receives unversioned-database.sql and tokens.json.
It was run once, with the build before log formats were recorded; the files it wrote are kept.
"""
import json, os, socket, sqlite3, subprocess, sys, tempfile, time

import boto3

os.environ.update(AWS_ACCESS_KEY_ID="test", AWS_SECRET_ACCESS_KEY="test", AWS_DEFAULT_REGION="us-east-1", AWS_DISABLE_HOST_PREFIX_INJECTION="true")
cairn, out = sys.argv[1], sys.argv[2]
data = tempfile.mkdtemp(prefix="cairn-legacy-")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = subprocess.Popen(["dotnet", cairn, "serve", "--port", str(port), "--data", data, "--evict-idle-after", "3600"])
ACCOUNT = "arn:aws:states:us-east-1:123456789012"
ROLE = "arn:aws:iam::123456789012:role/legacy"
try:
    sfn = boto3.client("stepfunctions", endpoint_url=f"http://127.0.0.1:{port}")
    for _ in range(300):
        try:
            sfn.list_state_machines()
            break
        except Exception:
            time.sleep(0.2)

    def machine(name, definition):
        return sfn.create_state_machine(name=name, definition=json.dumps(definition), roleArn=ROLE)["stateMachineArn"]

    def history(arn):
        return sfn.get_execution_history(executionArn=arn, maxResults=1000)["events"]

    def until(arn, event_type):
        for _ in range(600):
            if any(e["type"] == event_type for e in history(arn)):
                return
            time.sleep(0.05)
        raise RuntimeError(f"{arn}: no {event_type}")

    tokens = {}
    waits = machine("waits", {"StartAt": "Prepare", "States": {
        "Prepare": {"Type": "Pass", "Parameters": {"id.$": "States.UUID()"}, "Next": "Hold"},
        "Hold": {"Type": "Wait", "Seconds": 3600, "Next": "Ship"},
        "Ship": {"Type": "Pass", "Parameters": {"id.$": "$.id", "lucky.$": "States.MathRandom(1, 1000)"}, "End": True}}})
    w = sfn.start_execution(stateMachineArn=waits, name="w1", input="{}")["executionArn"]
    until(w, "WaitStateEntered")

    task = {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "legacy", "Payload.$": "$"}}
    retries = machine("retries", {"StartAt": "Call", "States": {
        "Call": dict(task, Retry=[{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 3600, "MaxAttempts": 2, "BackoffRate": 2, "JitterStrategy": "FULL"}],
                     Catch=[{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Fallback"}], End=True),
        "Fallback": {"Type": "Pass", "Parameters": {"fellBack": True}, "End": True}}})
    r = sfn.start_execution(stateMachineArn=retries, name="r1", input='{"n":1}')["executionArn"]
    until(r, "TaskFailed")

    callbacks = machine("callbacks", {"StartAt": "Ask", "States": {
        "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "TimeoutSeconds": 86400, "HeartbeatSeconds": 3600,
                "Parameters": {"QueueUrl": "q", "MessageBody": {"token.$": "$$.Task.Token"}}, "ResultPath": "$.answer", "Next": "Done"},
        "Done": {"Type": "Pass", "End": True}}})
    c = sfn.start_execution(stateMachineArn=callbacks, name="c1", input="{}")["executionArn"]
    until(c, "TaskSubmitted")
    scheduled = next(e for e in history(c) if e["type"] == "TaskScheduled")
    tokens[c] = json.loads(scheduled["taskScheduledEventDetails"]["parameters"])["MessageBody"]["token"]
    sfn.send_task_heartbeat(taskToken=tokens[c])

    work = sfn.create_activity(name="legacy-work")["activityArn"]
    activities = machine("activities", {"StartAt": "Both", "States": {"Both": {"Type": "Parallel", "End": True, "Branches": [
        {"StartAt": "Gone", "States": {
            "Gone": {"Type": "Task", "Resource": f"{ACCOUNT}:activity:legacy-gone", "Catch": [{"ErrorEquals": ["States.Runtime"], "ResultPath": "$.missing", "Next": "Noted"}], "End": True},
            "Noted": {"Type": "Pass", "End": True}}},
        {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": work, "HeartbeatSeconds": 3600, "End": True}}}]}}})
    a = sfn.start_execution(stateMachineArn=activities, name="a1", input="{}")["executionArn"]
    until(a, "ActivityScheduled")
    tokens[a] = sfn.get_activity_task(activityArn=work, workerName="legacy-worker")["taskToken"]
    until(a, "ActivityStarted")

    maps = machine("maps", {"StartAt": "Fan", "States": {"Fan": {"Type": "Map", "Label": "batch", "MaxConcurrency": 2, "ItemsPath": "$.items", "End": True,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}, "StartAt": "Sleep", "States": {
            "Sleep": {"Type": "Wait", "SecondsPath": "$.wait", "End": True}}}}}})
    m = sfn.start_execution(stateMachineArn=maps, name="m1", input=json.dumps({"items": [{"wait": 600}, {"wait": 1200}, {"wait": 1800}, {"wait": 2400}]}))["executionArn"]
    until(m, "MapRunStarted")
    run = sfn.list_map_runs(executionArn=m)["mapRuns"][0]["mapRunArn"]
    sfn.update_map_run(mapRunArn=run, maxConcurrency=3)

    redrives = machine("redrives", {"StartAt": "Call", "States": {
        "Call": dict(task, Retry=[{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 3600, "MaxAttempts": 1}],
                     Catch=[{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Fallback"}], End=True),
        "Fallback": {"Type": "Pass", "End": True}}})
    d = sfn.start_execution(stateMachineArn=redrives, name="d1", input="{}")["executionArn"]
    until(d, "TaskFailed")
    sfn.stop_execution(executionArn=d, error="Legacy.Stop", cause="stopped to be redriven")
    sfn.redrive_execution(executionArn=d)
    for _ in range(600):
        if sum(1 for e in history(d) if e["type"] == "TaskFailed") == 2:
            break
        time.sleep(0.05)
    time.sleep(1)
finally:
    server.terminate()
    server.wait(30)

db = sqlite3.connect(os.path.join(data, "cairn.db"))
version = db.execute("PRAGMA user_version").fetchone()[0]
with open(os.path.join(out, "unversioned-database.sql"), "w") as f:
    f.write(f"PRAGMA user_version = {version};\n")
    for line in db.iterdump():
        f.write(line + "\n")
with open(os.path.join(out, "tokens.json"), "w") as f:
    json.dump(tokens, f, indent=2)
    f.write("\n")
print("schema", version, "executions", db.execute("SELECT name, status FROM executions").fetchall())
