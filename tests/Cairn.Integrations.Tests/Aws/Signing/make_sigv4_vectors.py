#!/usr/bin/env python3
"""Writes sigv4-vectors.json: requests signed by botocore's SigV4 signers at a fixed time.

Run from this folder with the machine's botocore: python3 make_sigv4_vectors.py
The C# signer must reproduce every canonical request, string to sign and Authorization header.
"""
import base64
import datetime
import json
from unittest import mock

import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

NOW = datetime.datetime(2026, 3, 14, 15, 9, 26)

CASES = [
    # name, service, region, method, url, headers, body, s3, token
    ("json-post", "dynamodb", "us-east-1", "POST", "https://dynamodb.us-east-1.amazonaws.com/",
     [("Content-Type", "application/x-amz-json-1.0"), ("X-Amz-Target", "DynamoDB_20120810.GetItem")],
     b'{"TableName":"t","Key":{"id":{"S":"1"}}}', False, None),
    ("json-session-token", "sqs", "eu-west-3", "POST", "https://sqs.eu-west-3.amazonaws.com/",
     [("Content-Type", "application/x-amz-json-1.0"), ("X-Amz-Target", "AmazonSQS.SendMessage")],
     b'{"QueueUrl":"https://sqs.eu-west-3.amazonaws.com/123456789012/q","MessageBody":"h\xc3\xa9"}', False,
     "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ=="),
    ("query-form", "sns", "us-west-2", "POST", "http://127.0.0.1:5000/",
     [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
     b"Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-west-2%3A123456789012%3At&Message=a%20b", False, None),
    ("rest-json-get-query", "lambda", "us-east-1", "GET",
     "https://lambda.us-east-1.amazonaws.com/2015-03-31/functions/my%3Afn/configuration?Qualifier=%24LATEST&b=2&a=1&a=0",
     [], b"", False, None),
    ("rest-json-encoded-path", "apigateway", "ap-south-1", "DELETE",
     "https://apigateway.ap-south-1.amazonaws.com/restapis/a%20b/stages/st%2Fx/../y/./z//",
     [("X-Amz-Extra", "  padded   value  with   spaces ")], b"", False, None),
    ("loopback-port-header-order", "states", "us-east-1", "POST", "http://localhost:8083/",
     [("X-Amz-Target", "AWSStepFunctions.StartExecution"), ("Content-Type", "application/x-amz-json-1.0"),
      ("User-Agent", "not-signed/1.0"), ("X-Amzn-Trace-Id", "Root=1-abc")],
     b"{}", False, None),
    ("s3-put-object", "s3", "us-east-1", "PUT", "http://127.0.0.1:5000/bucket/key%20with%20spaces/a%2Bb~c.txt",
     [("Content-Type", "application/octet-stream"), ("x-amz-meta-owner", "me")], b"hello world", True, None),
    ("s3-get-list", "s3", "eu-central-1", "GET", "https://bucket.s3.eu-central-1.amazonaws.com/?list-type=2&prefix=a%2Fb&max-keys=10",
     [], b"", True, "token=="),
    ("s3-unnormalised-path", "s3", "us-east-1", "GET", "https://s3.amazonaws.com/b/a/../c//d", [], b"", True, None),
    ("empty-path-https-default-port", "sts", "us-east-1", "POST", "https://sts.amazonaws.com:443",
     [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
     b"Action=GetCallerIdentity&Version=2011-06-15", False, None),
    ("unicode-query", "events", "us-east-1", "GET", "https://events.us-east-1.amazonaws.com/x?name=%E2%9C%93&empty=&flag",
     [], b"", False, None),
]


def sign(service, region, method, url, headers, body, s3, token):
    creds = Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token)
    signer = (botocore.auth.S3SigV4Auth if s3 else botocore.auth.SigV4Auth)(creds, service, region)
    request = AWSRequest(method=method, url=url, headers=dict(headers), data=body)
    with mock.patch("botocore.auth.get_current_datetime", return_value=NOW):
        signer.add_auth(request)
        authorization = request.headers["Authorization"]
        del request.headers["Authorization"]
        canonical = signer.canonical_request(request)
        string_to_sign = signer.string_to_sign(request, canonical)
        request.headers["Authorization"] = authorization
    return request, canonical, string_to_sign


def main():
    vectors = []
    for name, service, region, method, url, headers, body, s3, token in CASES:
        request, canonical, sts = sign(service, region, method, url, headers, body, s3, token)
        vectors.append({
            "name": name,
            "service": service,
            "region": region,
            "s3": s3,
            "accessKeyId": "AKIDEXAMPLE",
            "secretAccessKey": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            "sessionToken": token,
            "time": NOW.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "method": method,
            "url": url,
            "headers": [[k, v] for k, v in headers],
            "body": base64.b64encode(body).decode(),
            "expected": {
                "canonicalRequest": canonical,
                "stringToSign": sts,
                "authorization": request.headers["Authorization"],
                "headers": {k: v for k, v in request.headers.items()
                            if k.lower() in ("x-amz-date", "x-amz-security-token", "x-amz-content-sha256")},
            },
        })
    with open("sigv4-vectors.json", "w") as f:
        json.dump({"generator": "botocore " + botocore.__version__, "vectors": vectors}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
