"""Activator: accepts the incoming event and hands it on to the Processor."""


def handler(event, context):
    print(f"activating s3://{event['bucket']}/{event['key']}")
    return {"bucket": event["bucket"], "key": event["key"], "activated": True}
