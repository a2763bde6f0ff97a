#!/usr/bin/env python3
"""Items/s of Distributed Maps with trivial EXPRESS children, against the same items in an inline Map.

Runs `cairn serve` (SQLite) and moto's S3, then times N items (default 100,000) three ways:

  distributed-inline  a Distributed Map (EXPRESS children) over items in the state (JSONata [0..N-1])
  distributed-csv     the same Map over an N-row CSV object in moto's S3 (ItemReader s3:getObject)
  inline              inline Maps over the same items, in an EXPRESS state machine (StartSyncExecution), in
                      runs of 5,000 items (--inline-chunk): an inline Map records its iterations in the
                      execution's history, which holds at most 25,000 events

and prints items/s for each, the per-item cost of the Map Run machinery (distributed minus inline,
in microseconds per item), the server's peak RSS and the machine's load (uptime).

    python3 bench/dmap/speed.py [--items N] [--concurrency C] [--cairn PATH/cairn.dll]

Every process it starts is stopped by its PID when it ends.
"""
import argparse, json, os, signal, subprocess, tempfile, time

import boto3
from botocore.config import Config

from run import CREDS, free_port, peak_rss_mib, start_moto, wait_port


def processor(mode):
    config = {"Mode": mode, "ExecutionType": "EXPRESS"} if mode == "DISTRIBUTED" else {"Mode": mode}
    return {"ProcessorConfig": config, "StartAt": "P", "States": {"P": {"Type": "Pass", "Output": 0, "End": True}}}


def machine(map_state):
    return json.dumps({"QueryLanguage": "JSONata", "StartAt": "Map", "States": {"Map": dict(map_state, Type="Map", End=True, Output=0)}})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--concurrency", type=int, default=1000)
    parser.add_argument("--inline-chunk", type=int, default=5000)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--cairn", default=os.path.join(here, "../../src/Cairn.Cli/bin/Release/net10.0/cairn.dll"))
    args = parser.parse_args()
    n = args.items

    procs = []
    data = tempfile.mkdtemp(prefix="cairn-dmap-speed-")
    try:
        moto_url, s3 = start_moto(procs)
        creds = CREDS
        s3.put_object(Bucket="data", Key="items.csv", Body=("n\n" + "".join(f"{i}\n" for i in range(n))).encode())

        port = free_port()
        env = dict(os.environ, AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing")
        server = subprocess.Popen(["dotnet", args.cairn, "serve", "--port", str(port), "--data", data, "--endpoint", moto_url],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        procs.append(server)
        wait_port(port)
        sfn = boto3.client("stepfunctions", endpoint_url=f"http://127.0.0.1:{port}",
                           config=Config(retries={"max_attempts": 0}, inject_host_prefix=False, read_timeout=3600), **creds)
        role = "arn:aws:iam::123456789012:role/r"
        items = "{% [0.." + str(n - 1) + "] %}"

        def standard(name, map_state):
            arn = sfn.create_state_machine(name=name, definition=machine(map_state), roleArn=role)["stateMachineArn"]
            started = time.time()
            execution = sfn.start_execution(stateMachineArn=arn, input="{}")["executionArn"]
            while (status := sfn.describe_execution(executionArn=execution))["status"] == "RUNNING":
                time.sleep(0.2)
            elapsed = time.time() - started
            if status["status"] != "SUCCEEDED":
                raise SystemExit(f"{name}: {status['status']} {status.get('error')} {status.get('cause', '')[:300]}")
            return elapsed

        def express(name, map_state, runs):
            arn = sfn.create_state_machine(name=name, definition=machine(map_state), roleArn=role, type="EXPRESS")["stateMachineArn"]
            started = time.time()
            for _ in range(runs):
                result = sfn.start_sync_execution(stateMachineArn=arn, input="{}")
                if result["status"] != "SUCCEEDED":
                    raise SystemExit(f"{name}: {result['status']} {result.get('error')} {result.get('cause', '')[:300]}")
            return time.time() - started

        def report(name, elapsed):
            print(f"{name:20s} {n:,} items in {elapsed:6.1f}s = {n / elapsed:9,.0f} items/s", flush=True)
            return elapsed

        distributed = dict(MaxConcurrency=args.concurrency, ItemProcessor=processor("DISTRIBUTED"))
        chunk = min(n, args.inline_chunk)
        times = {
            "inline": report("inline", express("speed-inline", dict(Items="{% [0.." + str(chunk - 1) + "] %}", MaxConcurrency=0,
                                                                    ItemProcessor=processor("INLINE")), -(-n // chunk)) * n / (-(-n // chunk) * chunk)),
            "distributed-inline": report("distributed-inline", standard("speed-distributed-inline", dict(distributed, Items=items))),
            "distributed-csv": report("distributed-csv", standard("speed-distributed-csv", dict(distributed, ItemReader={
                "Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
                "Arguments": {"Bucket": "data", "Key": "items.csv"}}))),
        }
        for name in ("distributed-inline", "distributed-csv"):
            print(f"map run overhead ({name} vs inline): {(times[name] - times['inline']) / n * 1e6:,.0f} us/item")
        print(f"server peak RSS: {peak_rss_mib(server.pid):.0f} MiB")
        print("load:", subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                p.wait()
        subprocess.run(["rm", "-rf", data])


if __name__ == "__main__":
    main()
