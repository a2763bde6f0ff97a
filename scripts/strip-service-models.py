#!/usr/bin/env python3
"""Writes the AWS service models Cairn embeds: botocore's service-2.json files without their
documentation and validation-only details, one gzip file per service.

Usage: scripts/strip-service-models.py [OUTPUT_DIR]  (default src/Cairn.Integrations/Aws/Models/Data)
The models come from the installed botocore (Apache-2.0). Run it again to refresh them.
"""
import gzip
import json
import os
import sys

import botocore

# AWS's optimized integrations and the services workflows call most through aws-sdk.
SERVICES = [
    "apigateway", "athena", "batch", "bedrock", "bedrock-runtime", "codebuild", "databrew",
    "dynamodb", "ec2", "ecs", "eks", "emr", "emr-containers", "emr-serverless", "events", "glue",
    "iam", "kms", "lambda", "logs", "mediaconvert", "s3", "sagemaker", "secretsmanager", "sns",
    "sqs", "ssm", "stepfunctions", "sts",
]

METADATA = {"apiVersion", "endpointPrefix", "globalEndpoint", "jsonVersion", "protocol", "protocols",
            "serviceId", "signatureVersion", "signingName", "targetPrefix", "awsQueryCompatible", "xmlNamespace"}
OPERATION = {"name", "http", "input", "output", "errors", "endpoint", "httpChecksumRequired", "httpChecksum"}
SHAPE = {"type", "members", "required", "payload", "flattened", "member", "key", "value", "locationName",
         "timestampFormat", "error", "exception", "event", "eventstream", "streaming", "union", "xmlNamespace",
         "retryable", "document"}
MEMBER = {"shape", "location", "locationName", "flattened", "xmlAttribute", "xmlNamespace", "queryName",
          "jsonvalue", "idempotencyToken", "hostLabel", "timestampFormat", "eventpayload", "streaming"}


def latest_model(data, service):
    folder = os.path.join(data, service)
    version = sorted(v for v in os.listdir(folder) if os.path.isdir(os.path.join(folder, v)))[-1]
    for name in ("service-2.json.gz", "service-2.json"):
        path = os.path.join(folder, version, name)
        if os.path.exists(path):
            opener = gzip.open if path.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as f:
                return json.load(f)
    raise FileNotFoundError(folder)


def strip(model):
    out = {"metadata": {k: v for k, v in model["metadata"].items() if k in METADATA}, "operations": {}, "shapes": {}}
    for name, op in model["operations"].items():
        out["operations"][name] = {k: v for k, v in op.items() if k in OPERATION}
    for name, shape in model["shapes"].items():
        s = {k: v for k, v in shape.items() if k in SHAPE}
        if "members" in s:
            s["members"] = {m: {k: v for k, v in ref.items() if k in MEMBER} for m, ref in s["members"].items()}
        for ref in ("member", "key", "value"):
            if ref in s:
                s[ref] = {k: v for k, v in s[ref].items() if k in MEMBER}
        out["shapes"][name] = s
    return out


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(__file__), "..", "src", "Cairn.Integrations", "Aws", "Models", "Data")
    os.makedirs(output, exist_ok=True)
    data = os.path.join(os.path.dirname(botocore.__file__), "data")
    index = {}
    for service in SERVICES:
        model = latest_model(data, service)
        index[service] = model["metadata"]["serviceId"]
        text = json.dumps(strip(model), separators=(",", ":"), sort_keys=True)
        with open(os.path.join(output, service + ".json.gz"), "wb") as f:
            # mtime 0: the same models give the same bytes.
            with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as z:
                z.write(text.encode("utf-8"))
    with open(os.path.join(output, "index.json"), "w") as f:
        json.dump(index, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"{len(SERVICES)} models from botocore {botocore.__version__} in {output}")


if __name__ == "__main__":
    main()
