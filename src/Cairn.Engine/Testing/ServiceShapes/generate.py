"""Writes the response shapes that mocked Task results are checked against, one file per service.

Source: the service models that botocore ships (`pip install botocore`). Run from this folder:
`python3 generate.py`. Each file maps the service's operations to their output shapes and lists
those shapes with the constraints the check uses (type, required members, enum, min, max).
"""
import json

import botocore.session

# Service names as Step Functions' AWS SDK integrations spell them -> botocore service names.
SERVICES = {
    "dynamodb": "dynamodb",
    "eventbridge": "events",
    "kms": "kms",
    "lambda": "lambda",
    "s3": "s3",
    "secretsmanager": "secretsmanager",
    "sfn": "stepfunctions",
    "sns": "sns",
    "sqs": "sqs",
    "sts": "sts",
}


def export(model):
    shapes = {}

    def visit(shape):
        if shape.name in shapes:
            return shape.name
        entry = {"type": shape.type_name}
        shapes[shape.name] = entry
        for key in ("min", "max"):
            if key in shape.metadata:
                entry[key] = shape.metadata[key]
        if shape.type_name == "structure":
            entry["members"] = {name: visit(member) for name, member in shape.members.items()}
            if shape.required_members:
                entry["required"] = list(shape.required_members)
        elif shape.type_name == "list":
            entry["member"] = visit(shape.member)
        elif shape.type_name == "map":
            entry["value"] = visit(shape.value)
        elif shape.type_name == "string" and shape.enum:
            entry["enum"] = list(shape.enum)
        return shape.name

    operations = {}
    for name in model.operation_names:
        output = model.operation_model(name).output_shape
        if output is not None:
            operations[name] = visit(output)
    return {"operations": operations, "shapes": shapes}


def main():
    session = botocore.session.get_session()
    for sdk_name, botocore_name in SERVICES.items():
        document = export(session.get_service_model(botocore_name))
        with open(f"{sdk_name}.json", "w", encoding="utf-8") as f:
            json.dump(document, f, separators=(",", ":"), sort_keys=False)
            f.write("\n")


if __name__ == "__main__":
    main()
