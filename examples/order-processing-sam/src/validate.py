"""Checks that an order has an id, a positive amount and at least one item."""


class ValidationError(Exception):
    pass


def handler(event, context):
    order = event.get("order") or {}
    if not order.get("id"):
        raise ValidationError("order.id is required")
    amount = order.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, (int, float)) or amount <= 0:
        raise ValidationError("amount must be positive")
    items = order.get("items") or []
    if not items:
        raise ValidationError("an order needs at least one item")
    return {"valid": True, "itemCount": len(items)}
