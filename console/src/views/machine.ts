// One state machine (or one of its versions): its executions, graph, definition, versions and aliases.
import { call, callAll } from '../api/client';
import { openStream } from '../api/stream';
import { GraphView } from '../graph/view';
import { href, navigate, type Route, withQuery } from '../router';
import { errorBox, facts, link, loading, section, tabs } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime } from '../ui/format';
import { definitionPanel } from './definition';
import { executionsList, type ExecutionsList } from './executions-list';
import { startExecution } from './start';
import type { View } from './view';

const TABS: [string, string][] = [['executions', 'Executions'], ['graph', 'Graph'], ['definition', 'Definition'], ['versions', 'Versions and aliases']];

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
  let executionsPanel: ExecutionsList | null = null;

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
      executionsPanel = executionsList({ stateMachineArn: arn }, next, { tab: 'executions' });
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
