// The Lambda API of the server's built-in Lambda service (rest-json on the same port,
// /2015-03-31/functions/...), signed when the server checks signatures; and the console's read of a
// function's recent invocations (/console/api/invocations), which the Lambda API has no action for.
import { ApiError, AUTH_ERRORS, readAnswer, signedHeaders } from './client';
import { requireLogin } from './session';

export interface LambdaAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

const encoder = new TextEncoder();

/** Calls a Lambda action by its method and path; throws {@link ApiError} with Lambda's error type (the `x-amzn-ErrorType` header). */
export async function lambdaCall(method: 'GET' | 'POST', path: string, query: [string, string][] = [], body?: string, headers: Record<string, string> = {}): Promise<LambdaAnswer> {
  const bytes = body === undefined ? new Uint8Array() : encoder.encode(body);
  const lower: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) lower[k.toLowerCase()] = v;
  const signed = await signedHeaders(method, path, query, lower, bytes, 'lambda');
  const search = query.length ? '?' + new URLSearchParams(query).toString().replace(/\+/g, '%20') : '';
  const response = await fetch(path + search, { method, headers: { ...headers, ...signed, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }, body: body === undefined ? undefined : bytes, cache: 'no-store' });
  const answer = { status: response.status, headers: response.headers, body: new Uint8Array(await response.arrayBuffer()) };
  if (response.ok) return answer;
  const type = (response.headers.get('x-amzn-ErrorType') ?? 'ServiceException').split(':')[0];
  let message = response.statusText;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(answer.body));
    message = String(parsed?.Message ?? parsed?.message ?? message);
  } catch {
    // Not JSON: the status says enough.
  }

  if (AUTH_ERRORS.has(type) || response.status === 403) requireLogin(`${type}: ${message}`);
  throw new ApiError(type, message, response.status);
}

/** A Lambda action's JSON answer. */
export async function lambdaJson<T = any>(method: 'GET' | 'POST', path: string, query: [string, string][] = [], body?: string): Promise<T> {
  const answer = await lambdaCall(method, path, query, body);
  return (answer.body.length ? JSON.parse(new TextDecoder().decode(answer.body)) : {}) as T;
}

export const functionPath = (name: string, rest = '') => `/2015-03-31/functions/${encodeURIComponent(name)}${rest}`;

/** Every function (`$LATEST`), all pages. */
export async function listFunctions(): Promise<any[]> {
  const all: any[] = [];
  let marker: string | undefined;
  do {
    const page: any = await lambdaJson('GET', '/2015-03-31/functions', [['MaxItems', '50'], ...(marker ? [['Marker', marker] as [string, string]] : [])]);
    all.push(...(page.Functions ?? []));
    marker = page.NextMarker ?? undefined;
  } while (marker && all.length < 100_000);
  return all;
}

export interface Invocation {
  requestId: string;
  executedVersion: string;
  invocationType: string;
  startDate: number;
  durationMs?: number;
  status: 'Running' | 'Succeeded' | 'Failed';
  errorType?: string;
  executionArn?: string;
  stateName?: string;
  log: string;
}

/** A function's recent invocations, newest first. */
export async function recentInvocations(functionName: string): Promise<Invocation[]> {
  const query: [string, string][] = [['functionName', functionName]];
  const headers = await signedHeaders('GET', '/console/api/invocations', query, {}, new Uint8Array());
  const response = await fetch(`/console/api/invocations?${new URLSearchParams(query).toString().replace(/\+/g, '%20')}`, { headers, cache: 'no-store' });
  const answer: any = await readAnswer(response);
  return answer.invocations as Invocation[];
}
