"""Processor: processes the image the Activator handed on and says where the result is."""


def handler(event, context):
    if not event.get("activated"):
        raise ValueError("the image was not activated")
    key = event["key"].rsplit(".", 1)[0] + ".npy"
    return {"bucket": event["bucket"].replace("-raw-", "-processed-"), "key": key, "bands": 224}
