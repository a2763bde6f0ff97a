// Cairn's runtime interface client for Node.js functions: polls the Lambda Runtime API
// (2018-06-01) of the sandbox, calls the function's handler (async, or with a callback) with the
// event and a context object, and reports the result or the error document as AWS's Node.js
// runtime does.
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const [host, port] = process.env.AWS_LAMBDA_RUNTIME_API.split(":");
let taskRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();
// AWS runs the function's code from /var/task: stack traces name its files there.
const awsTaskRoot = "/var/task";
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

class FaultError extends Error {
  constructor(errorType, message) {
    super(message);
    this.name = errorType;
  }
}

function request(method, urlPath, body, headers) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(body);
    const req = http.request(
      { host, port, method, path: urlPath, agent, headers: { ...(headers || {}), ...(data ? { "Content-Length": data.length } : {}) } },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      });
    req.on("error", reject);
    if (data) req.write(data);
    req.end();
  });
}

function awsPath(text) {
  const root = taskRoot.replace(/\/+$/, "");
  return typeof text === "string" ? text.split(root + "/").join(awsTaskRoot + "/").split(pathToFileURL(root).href + "/").join("file://" + awsTaskRoot + "/") : text;
}

function errorDocument(error) {
  if (error instanceof Error) {
    const trace = typeof error.stack === "string" ? error.stack.split("\n").map(awsPath) : [];
    return { errorType: error.name || "Error", errorMessage: awsPath(error.message), trace };
  }
  const message = typeof error === "string" ? error : JSON.stringify(error);
  return { errorType: typeof error === "string" ? "string" : typeof error, errorMessage: message === undefined ? String(error) : message, trace: [] };
}

function moduleFile(base) {
  for (const extension of [".js", ".mjs", ".cjs"]) {
    if (fs.existsSync(base + extension)) return base + extension;
  }
  return null;
}

function isEsm(file) {
  if (file.endsWith(".mjs")) return true;
  if (file.endsWith(".cjs")) return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try { return JSON.parse(fs.readFileSync(pkg, "utf8")).type === "module"; } catch { return false; }
    }
    if (dir === taskRoot || dir === path.dirname(dir)) return false;
  }
}

async function loadHandler(handlerText) {
  const dot = handlerText.lastIndexOf(".");
  if (dot <= 0 || dot === handlerText.length - 1) {
    throw new FaultError("Runtime.MalformedHandlerName", `Bad handler ${handlerText}`);
  }
  const modulePath = handlerText.slice(0, dot);
  const functionPath = handlerText.slice(dot + 1);
  if (path.isAbsolute(modulePath) || modulePath.split("/").includes("..")) {
    throw new FaultError("Runtime.MalformedHandlerName", `Bad handler ${handlerText}: the module must be inside the function's code`);
  }
  const file = moduleFile(path.join(taskRoot, modulePath));
  if (file === null) {
    throw new FaultError("Runtime.ImportModuleError", `Error: Cannot find module '${modulePath}'`);
  }
  let loaded;
  try {
    loaded = isEsm(file) ? await import(pathToFileURL(file).href) : require(file);
  } catch (e) {
    if (e instanceof SyntaxError) throw new FaultError("Runtime.UserCodeSyntaxError", `${e.name}: ${awsPath(e.message)}`);
    if (e && e.code === "ERR_REQUIRE_ESM") {
      loaded = await import(pathToFileURL(file).href);
    } else if (e && (e.code === "MODULE_NOT_FOUND" || e.code === "ERR_MODULE_NOT_FOUND")) {
      throw new FaultError("Runtime.ImportModuleError", `Error: ${awsPath(e.message)}`);
    } else {
      throw e;
    }
  }
  let handler = loaded;
  for (const part of functionPath.split(".")) {
    handler = handler === undefined || handler === null ? undefined : handler[part];
  }
  if (handler === undefined && loaded && loaded.default) {
    handler = loaded.default[functionPath];
  }
  if (typeof handler !== "function") {
    throw new FaultError("Runtime.HandlerNotFound", `${modulePath}.${functionPath} is undefined or not exported`);
  }
  return handler;
}

function makeContext(headers) {
  const deadline = Number(headers["lambda-runtime-deadline-ms"] || 0);
  const parse = (text) => (text ? JSON.parse(text) : undefined);
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: headers["lambda-runtime-invoked-function-arn"],
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: headers["lambda-runtime-aws-request-id"],
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    identity: parse(headers["lambda-runtime-cognito-identity"]),
    clientContext: parse(headers["lambda-runtime-client-context"]),
    getRemainingTimeInMillis: () => Math.max(deadline - Date.now(), 0),
  };
}

function runHandler(handler, event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error, result) => {
      if (settled) return;
      settled = true;
      if (error !== undefined && error !== null) reject(error);
      else resolve(result);
    };
    context.done = finish;
    context.succeed = (result) => finish(null, result);
    context.fail = (error) => finish(error === undefined || error === null ? new Error("handled") : error);
    let returned;
    try {
      returned = handler(event, context, finish);
    } catch (e) {
      finish(e);
      return;
    }
    if (returned && typeof returned.then === "function") {
      returned.then((result) => finish(null, result), (error) => finish(error === undefined || error === null ? new Error("Unhandled rejection") : error));
    } else if (handler.length < 3) {
      finish(null, returned);
    }
  });
}

// A spare sandbox, started before its function was known, waits here for the function's environment.
async function takeAssignment() {
  const assignment = await request("GET", "/cairn/sandbox/assignment");
  const environment = JSON.parse(assignment.body);
  for (const name of Object.keys(process.env)) delete process.env[name];
  Object.assign(process.env, environment);
  taskRoot = process.env.LAMBDA_TASK_ROOT || process.cwd();
  process.chdir(taskRoot);
}

async function main() {
  let handler;
  let fault;
  if (process.env.CAIRN_SANDBOX_SPARE) await takeAssignment();
  try {
    handler = await loadHandler(process.env._HANDLER || "");
  } catch (e) {
    fault = e;
  }
  for (;;) {
    const next = await request("GET", "/2018-06-01/runtime/invocation/next");
    const requestId = next.headers["lambda-runtime-aws-request-id"];
    process.env._X_AMZN_TRACE_ID = next.headers["lambda-runtime-trace-id"] || "";
    try {
      if (fault) throw fault;
      const event = next.body.length > 0 ? JSON.parse(next.body) : {};
      const result = await runHandler(handler, event, makeContext(next.headers));
      const body = JSON.stringify(result === undefined ? null : result);
      await request("POST", `/2018-06-01/runtime/invocation/${requestId}/response`, body === undefined ? "null" : body, { "Content-Type": "application/json" });
    } catch (e) {
      const document = errorDocument(e);
      console.error(`${new Date().toISOString()}\t${requestId}\tERROR\tInvoke Error \t${JSON.stringify(document)}`);
      await request("POST", `/2018-06-01/runtime/invocation/${requestId}/error`, JSON.stringify(document),
        { "Content-Type": "application/json", "Lambda-Runtime-Function-Error-Type": document.errorType });
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
