#!/usr/bin/env python3
"""A Distributed Map over a CSV object in moto's S3, run by `cairn serve` on SQLite.

Uploads an N-row CSV (default 1,000,000), starts a Map Run with EXPRESS children and a
ResultWriter to S3, optionally kills the server (SIGKILL) part way and starts it again on the same
data folder, then checks that every row's result was written exactly once. Prints items/s, the
server's peak RSS (VmHWM, per server process) and what the Map Run reports.

    python3 bench/dmap/run.py [--rows N] [--kill-after SECONDS] [--cairn PATH/cairn.dll]

Every process it starts (moto, cairn) is stopped by its PID when it ends.
"""
import argparse, json, os, signal, socket, subprocess, sys, tempfile, time

import boto3
from botocore.config import Config


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing listens on {port}")


def peak_rss_mib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


CREDS = dict(region_name="us-east-1", aws_access_key_id="testing", aws_secret_access_key="testing")


def start_moto(procs):
    """Starts moto_server on a free port (added to procs); returns its URL and an S3 client with a bucket "data"."""
    port = free_port()
    procs.append(subprocess.Popen(["moto_server", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    wait_port(port)
    url = f"http://127.0.0.1:{port}"
    s3 = boto3.client("s3", endpoint_url=url, **CREDS)
    s3.create_bucket(Bucket="data")
    return url, s3


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--kill-after", type=float, default=0, help="seconds after the start to SIGKILL the server (0: never)")
    parser.add_argument("--concurrency", type=int, default=1000)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--cairn", default=os.path.join(here, "../../src/Cairn.Cli/bin/Release/net10.0/cairn.dll"))
    args = parser.parse_args()

    procs = []
    data = tempfile.mkdtemp(prefix="cairn-dmap-")
    try:
        moto_url, s3 = start_moto(procs)
        creds = CREDS
        body = "id,name,score\n" + "".join(f"{i},name-{i},{i % 100}\n" for i in range(args.rows))
        s3.put_object(Bucket="data", Key="rows.csv", Body=body.encode())
        print(f"csv: {args.rows} rows, {len(body) / 2**20:.1f} MiB")

        port = free_port()

        def serve():
            env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing")
            p = subprocess.Popen(["dotnet", args.cairn, "serve", "--port", str(port), "--data", data, "--endpoint", moto_url],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            procs.append(p)
            wait_port(port)
            return p

        server = serve()
        sfn = boto3.client("stepfunctions", endpoint_url=f"http://127.0.0.1:{port}",
                           config=Config(retries={"max_attempts": 0}, inject_host_prefix=False), **creds)
        definition = {
            "StartAt": "Rows",
            "States": {"Rows": {
                "Type": "Map", "End": True, "MaxConcurrency": args.concurrency, "Label": "rows",
                "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
                               "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                               "Parameters": {"Bucket": "data", "Key": "rows.csv"}},
                "ItemSelector": {"id.$": "$$.Map.Item.Value.id", "score.$": "$$.Map.Item.Value.score"},
                "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
                                 "Parameters": {"Bucket": "data", "Prefix": "results"},
                                 "WriterConfig": {"Transformation": "COMPACT", "OutputType": "JSONL"}},
                "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                                  "StartAt": "Score", "States": {"Score": {"Type": "Pass", "Parameters": {"row.$": "$.id", "score.$": "$.score"}, "End": True}}},
            }},
        }
        machine = sfn.create_state_machine(name="dmap-bench", definition=json.dumps(definition),
                                           roleArn="arn:aws:iam::123456789012:role/r")["stateMachineArn"]
        started = time.time()
        arn = sfn.start_execution(stateMachineArn=machine, input="{}")["executionArn"]
        peaks = []
        killed_at = None
        while True:
            time.sleep(1)
            if args.kill_after and killed_at is None and time.time() - started >= args.kill_after:
                runs = sfn.list_map_runs(executionArn=arn)["mapRuns"]
                before = sfn.describe_map_run(mapRunArn=runs[0]["mapRunArn"])["itemCounts"] if runs else {}
                peaks.append(peak_rss_mib(server.pid))
                server.send_signal(signal.SIGKILL)
                server.wait()
                killed_at = time.time()
                print(f"killed the server after {killed_at - started:.1f}s; the Map Run had {before.get('succeeded')} succeeded")
                server = serve()
                print(f"restarted in {time.time() - killed_at:.1f}s")
            status = sfn.describe_execution(executionArn=arn)
            if status["status"] != "RUNNING":
                break
        elapsed = time.time() - started
        peaks.append(peak_rss_mib(server.pid))
        print(f"status: {status['status']} {status.get('error', '')} {status.get('cause', '')[:200]}")
        run = sfn.list_map_runs(executionArn=arn)["mapRuns"][0]["mapRunArn"]
        counts = sfn.describe_map_run(mapRunArn=run)["itemCounts"]
        print(f"map run: {json.dumps(counts)}")
        print(f"elapsed {elapsed:.1f}s, {args.rows / elapsed:,.0f} items/s, peak RSS per server process (MiB): {', '.join(f'{p:.0f}' for p in peaks if p)}")

        output = json.loads(status.get("output", "{}"))
        manifest = json.loads(s3.get_object(Bucket="data", Key=output["ResultWriterDetails"]["Key"])["Body"].read())
        seen = set()
        duplicates = 0
        for f in manifest["ResultFiles"]["SUCCEEDED"]:
            for line in s3.get_object(Bucket="data", Key=f["Key"])["Body"].read().decode().splitlines():
                row = json.loads(line)["row"]
                duplicates += row in seen
                seen.add(row)
        print(f"results: {len(seen)} distinct rows in {len(manifest['ResultFiles']['SUCCEEDED'])} files, {duplicates} duplicates, "
              f"{'all rows' if len(seen) == args.rows else 'MISSING ROWS'}")
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                p.wait()
        subprocess.run(["rm", "-rf", data])


if __name__ == "__main__":
    main()
