"""hello-world: upper-cases the payload and answers as an API Gateway proxy integration would."""


def lambda_handler(event, context):
    return {
        "statusCode": 200,
        "headers": {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS",
            "content-type": "application/json",
        },
        "body": {"payload": event["payload"].upper()},
    }
