// All state machines: name, type, creation date, versions and aliases, with a search box.
import { call, callAll } from '../api/client';
import { href, type Route } from '../router';
import { errorBox, loading } from '../ui/components';
import { h, replace, text } from '../ui/dom';
import { dateTime } from '../ui/format';
import { VirtualList } from '../ui/virtual-list';
import type { View } from './view';

interface MachineItem {
  stateMachineArn: string;
  name: string;
  type: string;
  creationDate: number;
}

interface Counts {
  versions: number;
  aliases: number;
}

export function machinesView(route: Route): View {
  const search = h('input', { type: 'search', placeholder: 'Search by name', 'aria-label': 'Search state machines', value: route.query.get('q') ?? '' });
  const summary = h('p', { class: 'summary' });
  const body = h('div', { class: 'table-body' }, loading());
  const counts = new Map<string, Promise<Counts>>();
  let all: MachineItem[] = [];

  const list = new VirtualList<MachineItem>({
    rowHeight: 36,
    className: 'machines',
    empty: 'No state machines match.',
    render: item => {
      const versions = h('span', { class: 'col-num' }, '…');
      const aliases = h('span', { class: 'col-num' }, '…');
      countsOf(item.stateMachineArn).then(c => {
        text(versions, String(c.versions));
        text(aliases, String(c.aliases));
      }, () => {
        text(versions, '?');
        text(aliases, '?');
      });
      return h('div', { class: 'row' },
        h('a', { class: 'col-name', href: href('state-machines', item.stateMachineArn) }, item.name),
        h('span', { class: 'col-type' }, item.type),
        h('span', { class: 'col-date' }, dateTime(item.creationDate)),
        versions, aliases);
    },
  });

  const countsOf = (arn: string) => {
    let pending = counts.get(arn);
    if (!pending) {
      pending = limited(async () => {
        const [versions, aliases] = await Promise.all([
          callAll('ListStateMachineVersions', { stateMachineArn: arn, maxResults: 1000 }, 'stateMachineVersions'),
          call('ListStateMachineAliases', { stateMachineArn: arn, maxResults: 100 }).then((r: any) => r.stateMachineAliases ?? []),
        ]);
        return { versions: versions.length, aliases: aliases.length };
      });
      counts.set(arn, pending);
    }
    return pending;
  };

  const filter = () => {
    const q = search.value.trim().toLowerCase();
    const shown = q ? all.filter(m => m.name.toLowerCase().includes(q)) : all;
    list.setItems(shown);
    text(summary, q ? `${shown.length} of ${all.length} state machines` : `${all.length} state machines`);
  };

  search.addEventListener('input', () => {
    const q = search.value.trim();
    history.replaceState(null, '', href('state-machines', { q }));
    filter();
  });

  const load = async () => {
    try {
      all = await callAll<MachineItem>('ListStateMachines', { maxResults: 1000 }, 'stateMachines');
      all.sort((a, b) => a.name.localeCompare(b.name));
      replace(body, h('div', { class: 'table-head row' }, h('span', { class: 'col-name' }, 'Name'), h('span', { class: 'col-type' }, 'Type'), h('span', { class: 'col-date' }, 'Created'), h('span', { class: 'col-num' }, 'Versions'), h('span', { class: 'col-num' }, 'Aliases')), list.el);
      filter();
    } catch (e) {
      replace(body, errorBox(e));
    }
  };

  void load();
  return {
    el: h('div', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'State machines'), search), summary, body),
    update: next => {
      const q = next.query.get('q') ?? '';
      if (q !== search.value) {
        search.value = q;
        filter();
      }
      return true;
    },
  };
}

/** Runs at most six of these requests at once (the list asks for counts of the rows in sight). */
let active = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (active >= 6) await new Promise<void>(resolve => waiting.push(resolve));
  active++;
  try {
    return await work();
  } finally {
    active--;
    waiting.shift()?.();
  }
}
