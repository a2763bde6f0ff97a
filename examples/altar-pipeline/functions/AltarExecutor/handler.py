"""Runs the installed altar: its status is the outcome the request asked for."""


def handler(event, context):
    state = dict(event["state"])
    outcome = state.get("executeOutcome", "success")
    state["stage"] = "executed" if outcome == "success" else "execution-failed"
    print(f"executing {state['altarId']}: {outcome}")
    return {"status": outcome, "state": state}
