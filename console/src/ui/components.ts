// Small pieces the views share.
import { ApiError } from '../api/client';
import { type Route, withQuery } from '../router';
import { type Child, h } from './dom';
import { prettyJson } from './format';

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status.toLowerCase()}` }, status.replace(/_/g, ' '));
}

/** A row of tabs, each a link to the same view with `tab=` set. */
export function tabs(route: Route, items: [string, string][], current: string): HTMLElement {
  return h('nav', { class: 'tabs', 'aria-label': 'Sections' },
    items.map(([key, label]) => h('a', { href: withQuery(route, { tab: key }), class: key === current ? 'tab active' : 'tab', 'aria-current': key === current ? 'page' : null }, label)));
}

/** A definition list of label/value pairs; pairs whose value is null are left out. */
export function facts(pairs: [string, Child][]): HTMLElement {
  return h('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}

/** Beyond this many characters a JSON value is shown cut, with a button for the rest. */
const JSON_SHOWN = 20_000;

/** JSON text, pretty-printed, shown as text; a large value is cut until the user asks for all of it. */
export function jsonBlock(value: string | undefined | null, label?: string): HTMLElement {
  const textValue = value === undefined || value === null ? '' : prettyJson(value);
  const pre = h('pre', { class: 'json', 'aria-label': label ?? null }, textValue.length > JSON_SHOWN ? textValue.slice(0, JSON_SHOWN) + '\n…' : textValue);
  if (textValue.length <= JSON_SHOWN) return pre;
  const more = h('button', { type: 'button', class: 'more' }, `Show all ${Math.round(textValue.length / 1024).toLocaleString('en-US')} KB`);
  more.addEventListener('click', () => {
    pre.textContent = textValue;
    more.remove();
  });
  return h('div', null, pre, more);
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', null, title), children);
}

export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof ApiError ? `${error.type}: ${error.message}` : error instanceof Error ? error.message : String(error);
  return h('div', { class: 'error', role: 'alert' }, message);
}

export function loading(what = 'Loading…'): HTMLElement {
  return h('p', { class: 'loading' }, what);
}

/** A link to a view, with the text shown as text. */
export function link(address: string, label: Child, title?: string): HTMLAnchorElement {
  return h('a', { href: address, title: title ?? null }, label);
}
