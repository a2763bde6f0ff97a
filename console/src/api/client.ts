// The Step Functions API as the AWS SDKs speak it (AWS JSON 1.0 on POST /), signed when the
// server checks signatures.
import { credentials, requireLogin, serverConfig } from './session';
import { sign } from './sigv4';

export class ApiError extends Error {
  constructor(readonly type: string, message: string, readonly status: number) {
    super(message);
  }
}

/** The error types that mean "who are you?": the page asks for the key pair again. */
export const AUTH_ERRORS = new Set(['MissingAuthenticationTokenException', 'UnrecognizedClientException', 'InvalidSignatureException', 'IncompleteSignatureException']);

const encoder = new TextEncoder();

/** Calls an action (`ListStateMachines`) with its parameters; throws {@link ApiError} with AWS's error type. */
export async function call<T = any>(action: string, params: object = {}): Promise<T> {
  const body = encoder.encode(JSON.stringify(params));
  const headers: Record<string, string> = { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': `AWSStepFunctions.${action}` };
  const signed = await signedHeaders('POST', '/', [], { 'x-amz-target': headers['X-Amz-Target'] }, body);
  const response = await fetch('/', { method: 'POST', headers: { ...headers, ...signed }, body, cache: 'no-store' });
  return (await readAnswer(response)) as T;
}

/** Headers that sign a request, or none when the server checks no signatures. */
export async function signedHeaders(method: 'GET' | 'POST', path: string, query: [string, string][], headers: Record<string, string>, body: Uint8Array, service = 'states'): Promise<Record<string, string>> {
  const config = serverConfig();
  if (!config.signatureRequired) return {};
  const keys = credentials();
  if (!keys) {
    requireLogin('This server checks signatures: sign in with its access key.');
    throw new ApiError('MissingAuthenticationTokenException', 'Sign in with the server\'s access key.', 403);
  }

  return sign({ method, path, query, headers, body }, keys, config.region, location.host, new Date(), service);
}

export async function readAnswer(response: Response): Promise<unknown> {
  const textBody = await response.text();
  let parsed: any = null;
  try {
    parsed = textBody.length ? JSON.parse(textBody) : {};
  } catch {
    throw new ApiError('InternalFailure', `The server answered ${response.status} with a body that is not JSON.`, response.status);
  }

  if (response.ok) return parsed;
  const rawType = String(parsed?.__type ?? 'InternalFailure');
  const type = rawType.slice(rawType.lastIndexOf('#') + 1);
  const error = new ApiError(type, String(parsed?.message ?? parsed?.Message ?? response.statusText), response.status);
  if (AUTH_ERRORS.has(type)) requireLogin(`${type}: ${error.message}`);
  throw error;
}

/** Every page of a paginated action, up to `limit` items. */
export async function callAll<T>(action: string, params: object, field: string, limit = 100_000): Promise<T[]> {
  const items: T[] = [];
  let nextToken: string | undefined;
  do {
    const page: any = await call(action, { ...params, ...(nextToken ? { nextToken } : {}) });
    items.push(...(page[field] as T[]));
    nextToken = page.nextToken;
  } while (nextToken && items.length < limit);
  return items;
}
