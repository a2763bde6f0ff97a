// Building the page: every piece of text goes in as a text node, never as markup, so names,
// inputs and outputs (which users write) show as the characters they are.

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: any) => void;
export type Attrs = Record<string, string | number | boolean | Handler | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes, event handlers (`onclick`) and children (strings become text). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element, as {@link h}. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

function apply(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'href' && !safeHref(String(value))) {
      throw new Error(`refusing link target ${String(value)}`);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Links go to the console's own views (#/...) or its own paths; never to a script. */
function safeHref(href: string): boolean {
  return href.startsWith('#') || href.startsWith('/') || href.startsWith('?');
}

export function append(el: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replace(el: Node, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
}

export function text(el: Element, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}
