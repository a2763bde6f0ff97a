"""Tells the customer that an item is out of stock."""


def handler(event, context):
    missing = [item["sku"] for item in event.get("inventory", []) if not item["available"]]
    return {"notified": True, "outOfStock": missing}
