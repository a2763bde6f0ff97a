// One state machine (or one of its versions): its executions, graph, definition, versions and aliases.
import { call, callAll } from '../api/client';
import { openStream } from '../api/stream';
import { GraphView } from '../graph/view';
import { href, navigate, type Route, withQuery } from '../router';
import { errorBox, facts, link, loading, section, statusBadge, tabs } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, duration } from '../ui/format';
import { definitionPanel } from './definition';
import { startExecution } from './start';
import type { View } from './view';

const TABS: [string, string][] = [['executions', 'Executions'], ['graph', 'Graph'], ['definition', 'Definition'], ['versions', 'Versions and aliases']];
const STATUSES = ['', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'];
const PAGE_SIZE = 50;

/** `arn:...:stateMachine:NAME` → the machine itself; `...:NAME:3` → a version. */
const baseArn = (arn: string) => arn.split(':').slice(0, 7).join(':');

export function machineView(route: Route): View {
  const arn = route.segments[1];
  const head = h('div', { class: 'page-head' }, h('h1', null, arnName(baseArn(arn))));
  const about = h('div', null, loading());
  const tabBar = h('div');
  const body = h('div', { class: 'tab-body' });
  let machine: any = null;
  let closeStream: (() => void) | null = null;
  let current = '';
  let executionsPanel: ReturnType<typeof executionsList> | null = null;

  const show = (next: Route) => {
    const tab = next.query.get('tab') ?? (machine?.type === 'EXPRESS' ? 'graph' : 'executions');
    replace(tabBar, tabs(next, TABS, tab));
    if (!machine) return;
    if (tab === current && tab === 'executions') {
      executionsPanel?.setStatus(next.query.get('status') ?? '');
      return;
    }

    current = tab;
    executionsPanel = null;
    if (tab === 'graph') {
      const graph = new GraphView(machine.definition, name => navigate(withQuery(next, { tab: 'definition', state: name })));
      replace(body, graph.el);
    } else if (tab === 'definition') {
      replace(body, definitionPanel(machine.definition, machine.type));
    } else if (tab === 'versions') {
      replace(body, versionsPanel(baseArn(arn)));
    } else if (machine.type === 'EXPRESS') {
      replace(body, h('p', { class: 'summary' }, 'Express executions keep no history and are not listed (as in AWS): run one with Start execution to see its result.'));
    } else {
      executionsPanel = executionsList(arn, next);
      replace(body, executionsPanel.el);
    }
  };

  const load = async () => {
    try {
      machine = await call('DescribeStateMachine', { stateMachineArn: arn });
      const isVersion = arn !== baseArn(arn);
      replace(head,
        h('h1', null, machine.name, isVersion ? h('span', { class: 'qualifier' }, ` version ${arnName(arn)}`) : null),
        h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => startExecution(arn, '{}', machine.type === 'EXPRESS') }, 'Start execution')));
      replace(about, facts([
        ['ARN', h('code', null, arn)],
        ['Type', machine.type],
        ['Status', machine.status],
        ['Created', dateTime(machine.creationDate)],
        ['Role', machine.roleArn],
        ['Description', machine.description ?? null],
        ['Version of', isVersion ? link(href('state-machines', baseArn(arn)), machine.name) : null],
      ]));
      if (machine.type === 'STANDARD') {
        closeStream = openStream({ stateMachineArn: baseArn(arn) }, () => executionsPanel?.refresh());
      }
      show(route);
    } catch (e) {
      replace(about, errorBox(e));
    }
  };

  void load();
  return {
    el: h('div', { class: 'page' }, h('p', { class: 'crumbs' }, link('#/state-machines', 'State machines')), head, about, tabBar, body),
    update: next => {
      show(next);
      return true;
    },
    dispose: () => closeStream?.(),
  };
}

/** A machine's executions, newest first, by status, a page at a time. */
function executionsList(arn: string, route: Route) {
  let status = route.query.get('status') ?? '';
  const tokens: (string | undefined)[] = [undefined];
  let page = 0;
  let loadingNow = false;
  let again = false;
  const filter = h('select', { 'aria-label': 'Status filter' }, STATUSES.map(s => h('option', { value: s }, s ? s.replace(/_/g, ' ') : 'All statuses')));
  filter.value = status;
  filter.addEventListener('change', () => navigate(withQuery(route, { tab: 'executions', status: filter.value || null })));
  const previous = h('button', { type: 'button', onclick: () => go(page - 1) }, 'Previous');
  const next = h('button', { type: 'button', onclick: () => go(page + 1) }, 'Next');
  const pageLabel = h('span', { class: 'summary' });
  const table = h('div', { class: 'table-body' });

  const go = async (to: number) => {
    if (loadingNow) {
      again = true;
      return;
    }
    loadingNow = true;
    try {
      const request: Record<string, unknown> = { stateMachineArn: arn, maxResults: PAGE_SIZE };
      if (status) request.statusFilter = status;
      if (tokens[to]) request.nextToken = tokens[to];
      const result: any = await call('ListExecutions', request);
      page = to;
      tokens[to + 1] = result.nextToken;
      tokens.length = to + 2;
      previous.disabled = page === 0;
      next.disabled = !result.nextToken;
      pageLabel.textContent = `Page ${page + 1}`;
      const rows = (result.executions as any[]).map(e => h('tr', null,
        h('td', null, link(href('executions', e.executionArn), e.name)),
        h('td', null, statusBadge(e.status)),
        h('td', null, dateTime(e.startDate)),
        h('td', null, dateTime(e.stopDate)),
        h('td', null, e.stopDate ? duration(e.stopDate - e.startDate) : ''),
        h('td', null, e.stateMachineVersionArn ? `version ${arnName(e.stateMachineVersionArn)}` : e.stateMachineAliasArn ? `alias ${arnName(e.stateMachineAliasArn)}` : '')));
      replace(table, rows.length
        ? h('table', { class: 'grid executions' }, h('thead', null, h('tr', null, ['Name', 'Status', 'Started', 'Ended', 'Duration', 'Through'].map(t => h('th', null, t)))), h('tbody', null, rows))
        : h('p', { class: 'summary' }, status ? `No ${status.replace(/_/g, ' ').toLowerCase()} executions.` : 'No executions yet.'));
    } catch (e) {
      replace(table, errorBox(e));
    } finally {
      loadingNow = false;
      if (again) {
        again = false;
        void go(page);
      }
    }
  };

  void go(0);
  return {
    el: h('div', null, h('div', { class: 'toolbar' }, filter, previous, pageLabel, next), table),
    refresh: () => void go(page),
    setStatus: (value: string) => {
      if (value === status) return;
      status = value;
      filter.value = value;
      tokens.length = 1;
      void go(0);
    },
  };
}

function versionsPanel(arn: string): HTMLElement {
  const el = h('div', null, loading());
  (async () => {
    try {
      const [versions, aliases] = await Promise.all([
        callAll<any>('ListStateMachineVersions', { stateMachineArn: arn, maxResults: 1000 }, 'stateMachineVersions'),
        callAll<any>('ListStateMachineAliases', { stateMachineArn: arn, maxResults: 100 }, 'stateMachineAliases'),
      ]);
      const described = await Promise.all(aliases.map(a => call('DescribeStateMachineAlias', { stateMachineAliasArn: a.stateMachineAliasArn })));
      replace(el,
        section('Versions', versions.length
          ? h('table', { class: 'grid' }, h('thead', null, h('tr', null, h('th', null, 'Version'), h('th', null, 'Created'))),
            h('tbody', null, versions.map(v => h('tr', null, h('td', null, link(href('state-machines', v.stateMachineVersionArn), arnName(v.stateMachineVersionArn))), h('td', null, dateTime(v.creationDate))))))
          : h('p', { class: 'summary' }, 'No versions published.')),
        section('Aliases', described.length
          ? h('table', { class: 'grid' }, h('thead', null, h('tr', null, h('th', null, 'Alias'), h('th', null, 'Routes to'), h('th', null, 'Description'), h('th', null, 'Created'))),
            h('tbody', null, described.map((a: any) => h('tr', null,
              h('td', null, a.name),
              h('td', null, (a.routingConfiguration ?? []).map((r: any) => h('div', null, link(href('state-machines', r.stateMachineVersionArn), `version ${arnName(r.stateMachineVersionArn)}`), ` ${r.weight}%`))),
              h('td', null, a.description ?? ''),
              h('td', null, dateTime(a.creationDate))))))
          : h('p', { class: 'summary' }, 'No aliases.')));
    } catch (e) {
      replace(el, errorBox(e));
    }
  })();
  return el;
}
