"""Installs an altar: reports `success` and the altar's state, or `fail` when the request says the installation fails."""


def handler(event, context):
    request = event["body"]
    outcome = request.get("installOutcome", "success")
    state = {
        "altarId": request["altarId"],
        "environment": request.get("environment", "dev"),
        "executeOutcome": request.get("executeOutcome", "success"),
        "stage": "installed" if outcome == "success" else "install-failed",
    }
    print(f"installing {state['altarId']} in {state['environment']}: {outcome}")
    return {"status": outcome, "state": state}
