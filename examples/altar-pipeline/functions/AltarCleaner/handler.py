"""Cleans up after the pipeline, saying after which stage it cleaned."""


def handler(event, context):
    state = event["state"]
    print(f"cleaning {state['altarId']} after {state['stage']}")
    return {"status": "success", "state": {"altarId": state["altarId"], "stage": "cleaned", "cleanedAfter": state["stage"]}}
