"""Charges the order (a card number ending in 0000 is declined)."""
import os


class PaymentFailed(Exception):
    pass


def handler(event, context):
    order = event["order"]
    if str(order.get("card", "")).endswith("0000"):
        raise PaymentFailed("card declined")
    return {"paymentId": "PAY-" + order["id"], "charged": order["amount"], "currency": os.environ.get("CURRENCY", "USD")}
