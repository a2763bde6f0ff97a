// Server-sent events from /console/api/stream, read with fetch (so the request can be signed, which
// EventSource cannot do). Reconnects with a growing pause when the connection breaks.
import { signedHeaders } from './client';

export type StreamHandler = (event: string, data: any) => void;

/** Opens a stream; the returned function closes it. */
export function openStream(query: Record<string, string>, onEvent: StreamHandler): () => void {
  const controller = new AbortController();
  let pause = 500;

  const run = async () => {
    while (!controller.signal.aborted) {
      try {
        const pairs = Object.entries(query) as [string, string][];
        const search = new URLSearchParams(pairs).toString().replace(/\+/g, '%20');
        const headers = await signedHeaders('GET', '/console/api/stream', pairs, {}, new Uint8Array());
        const response = await fetch(`/console/api/stream?${search}`, { headers, signal: controller.signal, cache: 'no-store' });
        if (!response.ok || !response.body) {
          if (response.status === 403 || response.status === 404 || response.status === 400) return;
          throw new Error(`stream answered ${response.status}`);
        }

        pause = 500;
        await read(response.body, onEvent);
      } catch (e) {
        if (controller.signal.aborted) return;
      }

      await new Promise(resolve => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 10_000);
    }
  };

  void run();
  return () => controller.abort();
}

async function read(body: ReadableStream<Uint8Array>, onEvent: StreamHandler): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }

      if (data.length) {
        try {
          onEvent(event, JSON.parse(data.join('\n')));
        } catch {
          // A message that is not JSON is not ours.
        }
      }
    }
  }
}
