// Graph layout by ELK (layered), in a web worker so the page stays responsive.
import ElkConstructor, { type ELK, type ElkNode } from 'elkjs/lib/elk-api';
import workerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elk: ELK | null = null;
const layouts = new Map<string, Promise<ElkNode>>();

/** Lays out a graph; the same key (the definition text) is laid out once. */
export function layout(key: string, graph: ElkNode): Promise<ElkNode> {
  const known = layouts.get(key);
  if (known) return known;
  elk ??= new ElkConstructor({ workerUrl });
  const pending = elk.layout(structuredClone(graph));
  pending.catch(() => layouts.delete(key));
  if (layouts.size > 20) layouts.clear();
  layouts.set(key, pending);
  return pending;
}
