# Cairn's runtime interface client for Python functions: polls the Lambda Runtime API
# (2018-06-01) of the sandbox, calls the function's handler with the event and a context
# object, and reports the result or the error document as AWS's Python runtime does.
import http.client
import importlib
import json
import os
import sys
import time
import traceback

RUNTIME_API = os.environ["AWS_LAMBDA_RUNTIME_API"]
TASK_ROOT = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())
# AWS runs the function's code from /var/task: stack traces name its files there.
AWS_TASK_ROOT = "/var/task"


class FaultError(Exception):
    """An error of the runtime itself (the handler could not be loaded), named as AWS names it."""

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace or []


class Context:
    def __init__(self, request_id, deadline_ms, function_arn, client_context, identity):
        self.aws_request_id = request_id
        self.invoked_function_arn = function_arn
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.client_context = client_context
        self.identity = identity
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, message):
        sys.stdout.write(str(message))
        sys.stdout.flush()


class Attributes:
    """client_context and identity as attribute bags, as AWS's runtime gives them."""

    def __init__(self, values):
        for key, value in (values or {}).items():
            setattr(self, key, value)


def aws_path(text):
    return text.replace(TASK_ROOT.rstrip("/") + "/", AWS_TASK_ROOT + "/") if TASK_ROOT else text


def decimal_serializer(value):
    import decimal  # only when a result holds something json cannot write: keeps cold starts short

    if isinstance(value, decimal.Decimal):
        return float(value)
    raise TypeError(repr(value) + " is not JSON serializable")


def load_handler(handler):
    try:
        module_path, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise FaultError("Runtime.MalformedHandlerName", f"Bad handler '{handler}': {e}")
    module_name = module_path.replace("/", ".")
    if module_path.startswith("/") or ".." in module_path.split("/"):
        raise FaultError("Runtime.MalformedHandlerName", f"Bad handler '{handler}': the module must be inside the function's code")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise FaultError("Runtime.ImportModuleError", f"Unable to import module '{module_name}': {e}")
    except SyntaxError as e:
        trace = [f'  File "{aws_path(e.filename or "")}" Line {e.lineno}\n        {(e.text or "").strip()}\n']
        raise FaultError("Runtime.UserCodeSyntaxError", f"Syntax error in module '{module_name}': {e}", trace)
    except Exception as e:
        raise FaultError(type(e).__name__, f"{e}", format_trace(e.__traceback__))
    function = getattr(module, function_name, None)
    if function is None:
        raise FaultError("Runtime.HandlerNotFound", f"Handler '{function_name}' missing on module '{module_name}'")
    return function


def format_trace(tb, skip=0):
    frames = traceback.extract_tb(tb)[skip:]
    return [aws_path(line) for line in traceback.format_list(frames)]


def error_document(error, request_id, trace):
    error_type = getattr(error, "error_type", None) or type(error).__name__
    return {"errorMessage": str(error), "errorType": error_type, "requestId": request_id, "stackTrace": trace}


class RuntimeClient:
    def __init__(self, address):
        self.address = address
        self.connection = None

    def request(self, method, path, body=None, headers=None):
        for attempt in (0, 1):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.address)
            try:
                self.connection.request(method, path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                return response, response.read()
            except (ConnectionError, http.client.HTTPException):
                self.connection.close()
                self.connection = None
                if attempt == 1:
                    raise

    def next(self):
        return self.request("GET", "/2018-06-01/runtime/invocation/next")

    def respond(self, request_id, body):
        self.request("POST", f"/2018-06-01/runtime/invocation/{request_id}/response", body, {"Content-Type": "application/json"})

    def fail(self, request_id, document):
        body = json.dumps(document).encode("utf-8")
        headers = {"Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": document["errorType"]}
        self.request("POST", f"/2018-06-01/runtime/invocation/{request_id}/error", body, headers)


def log_error(document):
    lines = [f"[ERROR] {document['errorType']}: {document['errorMessage']}"]
    if document["stackTrace"]:
        lines.append("Traceback (most recent call last):")
        lines.extend(line.rstrip("\n") for line in document["stackTrace"])
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def invoke(client, handler, fault, response, body):
    request_id = response.getheader("Lambda-Runtime-Aws-Request-Id")
    os.environ["_X_AMZN_TRACE_ID"] = response.getheader("Lambda-Runtime-Trace-Id") or ""
    try:
        if fault is not None:
            raise fault
        event = json.loads(body) if body else {}
        client_context = response.getheader("Lambda-Runtime-Client-Context")
        identity = response.getheader("Lambda-Runtime-Cognito-Identity")
        context = Context(
            request_id,
            int(response.getheader("Lambda-Runtime-Deadline-Ms") or "0"),
            response.getheader("Lambda-Runtime-Invoked-Function-Arn"),
            Attributes(json.loads(client_context)) if client_context else None,
            Attributes(json.loads(identity)) if identity else None,
        )
        result = handler(event, context)
        payload = result if isinstance(result, (bytes, bytearray)) else json.dumps(result, default=decimal_serializer).encode("utf-8")
    except FaultError as e:
        document = error_document(e, request_id, e.trace)
        log_error(document)
        client.fail(request_id, document)
        return
    except Exception as e:
        document = error_document(e, request_id, format_trace(e.__traceback__, skip=1))
        log_error(document)
        client.fail(request_id, document)
        return
    client.respond(request_id, bytes(payload))


def take_assignment(client):
    """A spare sandbox, started before its function was known, waits here for the function's environment."""
    global TASK_ROOT
    _, body = client.request("GET", "/cairn/sandbox/assignment")
    environment = json.loads(body)
    # What the interpreter itself set as it started (LC_CTYPE, when it coerces the C locale) stays,
    # as it would in a sandbox started for the function: those are the variables the process was
    # not started with.
    try:
        with open("/proc/self/environ", "rb") as f:
            launched = {entry.split(b"=", 1)[0].decode("utf-8", "surrogateescape") for entry in f.read().split(b"\0") if entry}
    except OSError:
        launched = set(os.environ)
    own = {name: value for name, value in os.environ.items() if name not in launched}
    os.environ.clear()
    os.environ.update(own)
    os.environ.update(environment)
    TASK_ROOT = os.environ.get("LAMBDA_TASK_ROOT", os.getcwd())


def main():
    client = RuntimeClient(RUNTIME_API)
    if os.environ.get("CAIRN_SANDBOX_SPARE"):
        take_assignment(client)
    sys.path.insert(0, TASK_ROOT)
    os.chdir(TASK_ROOT)
    handler, fault = None, None
    try:
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except FaultError as e:
        fault = e
    while True:
        response, body = client.next()
        invoke(client, handler, fault, response, body)


if __name__ == "__main__":
    main()
