// Dates and durations as the console shows them. The API gives epoch seconds (with fractions).

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local date and time to the millisecond: 2024-05-01 13:04:05.120. */
export function dateTime(epochSeconds: number | undefined | null): string {
  if (epochSeconds === undefined || epochSeconds === null) return '';
  const d = new Date(epochSeconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/** A duration in seconds as 120 ms, 4.2 s, 3 min 20 s, 2 h 5 min, 3 d 4 h. */
export function duration(seconds: number | undefined | null): string {
  if (seconds === undefined || seconds === null || !isFinite(seconds)) return '';
  if (seconds < 0) seconds = 0;
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  if (seconds < 60) return `${(Math.round(seconds * 10) / 10).toString()} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.floor(seconds % 60)} s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** JSON text pretty-printed when it parses, as it is when it does not. */
export function prettyJson(textValue: string | undefined | null): string {
  if (textValue === undefined || textValue === null) return '';
  try {
    return JSON.stringify(JSON.parse(textValue), null, 2);
  } catch {
    return textValue;
  }
}

/** The last part of an ARN (a machine's, an execution's name). */
export function arnName(arn: string): string {
  const parts = arn.split(':');
  return parts[parts.length - 1] ?? arn;
}

export function plural(n: number, one: string, many = one + 's'): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** Lambda's dates (`2024-05-01T13:04:05.120+0000`) as {@link dateTime} shows dates. */
export function lambdaDate(value: string | undefined | null): string {
  if (!value) return '';
  const parsed = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return isNaN(parsed) ? value : dateTime(parsed / 1000);
}
