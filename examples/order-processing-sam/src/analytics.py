"""Records the sale for reporting."""
import os


def handler(event, context):
    return {"recorded": True, "orderId": event["order"]["id"], "stage": os.environ["STAGE"]}
