// Every view has its own address in the fragment (#/executions/ARN?state=Task), so views can be
// linked, bookmarked, opened in a new tab, and the back button goes back.

export interface Route {
  /** The path segments after '#/', decoded: ['executions', 'arn:aws:states:...']. */
  segments: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.startsWith('#') ? location.hash.slice(1) : '';
  const [path, search = ''] = splitOnce(hash, '?');
  const segments = path.split('/').filter(s => s.length > 0).map(s => safeDecode(s));
  return { segments, query: new URLSearchParams(search) };
}

/** The address of a view: `href('executions', arn, { state: 'Task' })`. */
export function href(...parts: (string | Record<string, string | undefined | null>)[]): string {
  const segments: string[] = [];
  let query = '';
  for (const part of parts) {
    if (typeof part === 'string') segments.push(encodeURIComponent(part));
    else {
      const entries = Object.entries(part).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== null && e[1] !== '');
      if (entries.length) query = '?' + new URLSearchParams(entries).toString();
    }
  }

  return '#/' + segments.join('/') + query;
}

/** Goes to a view, adding an entry to the browser's history. */
export function navigate(address: string): void {
  if (location.hash !== address) location.hash = address;
}

/** The same view with some query parameters changed (null removes one). */
export function withQuery(route: Route, changes: Record<string, string | null>): string {
  const query = new URLSearchParams(route.query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '') query.delete(k);
    else query.set(k, v);
  }

  const search = query.toString();
  return '#/' + route.segments.map(encodeURIComponent).join('/') + (search ? '?' + search : '');
}

function splitOnce(value: string, separator: string): [string, string?] {
  const at = value.indexOf(separator);
  return at < 0 ? [value] : [value.slice(0, at), value.slice(at + 1)];
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
