// AWS Signature Version 4, as the server checks it: the page signs every request with the key pair
// given at login; the secret key never leaves the browser.
import { hex, hmac, sha256 } from './sha256';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SignableRequest {
  method: 'GET' | 'POST';
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body: Uint8Array;
}

const encoder = new TextEncoder();
const utf8 = (value: string) => encoder.encode(value);

/** RFC 3986 encoding, as SigV4's canonical form wants it (encodeURIComponent leaves !'()* alone). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function canonicalQuery(query: [string, string][]): string {
  return query
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The headers to add to a request (X-Amz-Date, Authorization): `host` and every header given are
 * signed. `host` is the page's own host, which the browser sends.
 */
export async function sign(request: SignableRequest, credentials: Credentials, region: string, host: string, now = new Date(), service = 'states'): Promise<Record<string, string>> {
  const date = amzDate(now);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = { host, 'x-amz-date': date };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const names = Object.keys(headers).sort();
  const canonicalHeaders = names.map(n => `${n}:${headers[n].trim().replace(/ +/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const path = request.path.split('/').map(segment => uriEncode(decodeURIComponent(segment))).join('/') || '/';
  const canonical = [request.method, path, canonicalQuery(request.query), canonicalHeaders, signedHeaders, hex(await sha256(request.body))].join('\n');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, hex(await sha256(utf8(canonical)))].join('\n');
  let key = await hmac(utf8('AWS4' + credentials.secretAccessKey), utf8(day));
  key = await hmac(key, utf8(region));
  key = await hmac(key, utf8(service));
  key = await hmac(key, utf8('aws4_request'));
  const signature = hex(await hmac(key, utf8(stringToSign)));
  return {
    'X-Amz-Date': date,
    Authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  };
}
