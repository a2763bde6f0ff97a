// A Map Run (a distributed Map state's run): its status, limits and counts, its child workflow
// executions (ListExecutions with its mapRunArn), with links to the execution and the Map state it
// belongs to. Updated live while the execution runs.
import { call } from '../api/client';
import { openStream } from '../api/stream';
import { href, type Route } from '../router';
import { errorBox, facts, link, loading, section, statusBadge } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, duration } from '../ui/format';
import { executionsList } from './executions-list';
import type { View } from './view';

const COUNTS = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted', 'total', 'resultsWritten', 'failuresNotRedrivable', 'pendingRedrive'];

export function mapRunView(route: Route): View {
  const arn = route.segments[1];
  const label = arn.split(':').slice(-2, -1)[0]?.split('/')[1] ?? '';
  const body = h('div', null, loading());
  const children = executionsList({ mapRunArn: arn }, route);
  let closeStream: (() => void) | null = null;
  let refreshing = false;
  let again = false;
  const load = async () => {
    try {
      const run: any = await call('DescribeMapRun', { mapRunArn: arn });
      const definition: any = await call('DescribeStateMachineForExecution', { executionArn: run.executionArn }).catch(() => null);
      const state = (definition && mapStateOf(JSON.parse(definition.definition), label)) ?? label;
      const table = (title: string, counts: any) => section(title, h('table', { class: 'grid counts' },
        h('thead', null, h('tr', null, COUNTS.filter(c => c in (counts ?? {})).map(c => h('th', null, c)))),
        h('tbody', null, h('tr', null, COUNTS.filter(c => c in (counts ?? {})).map(c => h('td', null, String(counts[c])))))));
      replace(body,
        h('div', { class: 'page-head' }, h('h1', null, `Map Run ${label}`, ' ', statusBadge(run.status))),
        facts([
          ['Execution', link(href('executions', run.executionArn), arnName(run.executionArn))],
          ['Map state', link(href('executions', run.executionArn, { state }), state)],
          ['ARN', h('code', null, run.mapRunArn)],
          ['Started', dateTime(run.startDate)],
          ['Ended', dateTime(run.stopDate)],
          ['Duration', run.stopDate ? duration(run.stopDate - run.startDate) : null],
          ['Max concurrency', run.maxConcurrency === 0 ? 'unlimited' : String(run.maxConcurrency)],
          ['Tolerated failures', `${run.toleratedFailurePercentage}% or ${run.toleratedFailureCount}`],
          ['Redrives', run.redriveCount ? String(run.redriveCount) : null],
        ]),
        table('Items', run.itemCounts),
        table('Child workflow execution counts', run.executionCounts),
        section('Child workflow executions', children.el));
      if (!closeStream && run.status === 'RUNNING') {
        closeStream = openStream({ executionArn: run.executionArn }, () => void refresh());
      }
    } catch (e) {
      replace(body, errorBox(e));
    }
  };
  // One refresh at a time; a change that arrives meanwhile is shown by one more.
  const refresh = async () => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      await load();
      children.refresh();
    } finally {
      refreshing = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  };
  void load();
  return {
    el: h('div', { class: 'page' }, h('p', { class: 'crumbs' }, link('#/state-machines', 'State machines')), body),
    update: next => {
      if (next.segments[1] !== arn) return false;
      children.setStatus(next.query.get('status') ?? '');
      return true;
    },
    dispose: () => closeStream?.(),
  };
}

/** The name of the Map state whose Map Runs carry `label` (its Label, or its name without one). */
function mapStateOf(scope: any, label: string): string | null {
  for (const [name, state] of Object.entries<any>(scope?.States ?? {})) {
    if (state?.Type === 'Map' && (state.Label ?? name) === label) return name;
    for (const inner of [...(state?.Branches ?? []), state?.ItemProcessor ?? state?.Iterator].filter(Boolean)) {
      const found = mapStateOf(inner, label);
      if (found) return found;
    }
  }
  return null;
}
