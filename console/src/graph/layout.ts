// Graph layout by ELK (layered), in a web worker so the page stays responsive. A layout is kept
// for the tab (the same definition is laid out once) and on this browser (localStorage, the last
// few): a machine's executions open with their graph at once, without waiting for ELK.
import ElkConstructor, { type ELK, type ElkNode } from 'elkjs/lib/elk-api';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';
import { hex, sha256 } from '../api/sha256';

let elk: ELK | null = null;
const layouts = new Map<string, Promise<ElkNode>>();

/** What a stored layout's key starts with; a change to the graph model changes it, so old layouts are not used. */
const STORED = 'cairn.layout.1.';
/** The most layouts kept on the browser, and the largest one kept (bytes of JSON). */
const MAX_STORED = 30;
const MAX_STORED_BYTES = 400_000;

/** Lays out a graph; the same key (the definition text) is laid out once. */
export function layout(key: string, graph: ElkNode): Promise<ElkNode> {
  const known = layouts.get(key);
  if (known) return known;
  const pending = laidOut(key, graph);
  pending.catch(() => layouts.delete(key));
  if (layouts.size > 20) layouts.clear();
  layouts.set(key, pending);
  return pending;
}

async function laidOut(key: string, graph: ElkNode): Promise<ElkNode> {
  // The stored layout is only used for the same graph (its input is part of the key: text widths too).
  const input = JSON.stringify(graph);
  const storageKey = STORED + hex(await sha256(new TextEncoder().encode(key + '\n' + input)));
  const stored = read(storageKey);
  if (stored) return stored;
  // The worker starts on the first layout this page needs (loading ELK's 1.6 MB is the slow part).
  elk ??= new ElkConstructor({ workerUrl });
  const result = await elk.layout(structuredClone(graph));
  write(storageKey, result);
  return result;
}

function read(storageKey: string): ElkNode | null {
  try {
    const text = localStorage.getItem(storageKey);
    if (!text) return null;
    const entry = JSON.parse(text) as { used: number; layout: ElkNode };
    entry.used = Date.now();
    localStorage.setItem(storageKey, JSON.stringify(entry));
    return entry.layout;
  } catch {
    return null;
  }
}

function write(storageKey: string, result: ElkNode): void {
  try {
    const text = JSON.stringify({ used: Date.now(), layout: result });
    if (text.length > MAX_STORED_BYTES) return;
    const keys: { key: string; used: number }[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith(STORED)) keys.push({ key: k, used: usedOf(k) });
    }
    keys.sort((a, b) => a.used - b.used);
    while (keys.length >= MAX_STORED) localStorage.removeItem(keys.shift()!.key);
    localStorage.setItem(storageKey, text);
  } catch {
    // Storage full or refused: the layout is simply not kept.
  }
}

function usedOf(storageKey: string): number {
  try {
    return Number(JSON.parse(localStorage.getItem(storageKey) ?? '{}').used ?? 0);
  } catch {
    return 0;
  }
}
