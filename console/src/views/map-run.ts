// A Map Run (a distributed Map state's run): its status, limits and counts, with links to the
// execution and the Map state it belongs to.
import { call } from '../api/client';
import { href, type Route } from '../router';
import { errorBox, facts, link, loading, section, statusBadge } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, duration } from '../ui/format';
import type { View } from './view';

const COUNTS = ['pending', 'running', 'succeeded', 'failed', 'timedOut', 'aborted', 'total', 'resultsWritten', 'failuresNotRedrivable', 'pendingRedrive'];

export function mapRunView(route: Route): View {
  const arn = route.segments[1];
  const label = arn.split(':').slice(-2, -1)[0]?.split('/')[1] ?? '';
  const body = h('div', null, loading());
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
        table('Child workflow executions', run.executionCounts),
        h('p', { class: 'summary' }, 'The iterations are in the execution\'s history: ', link(href('executions', run.executionArn, { state }), 'open the Map state'), ' to browse them.'));
    } catch (e) {
      replace(body, errorBox(e));
    }
  };
  void load();
  return { el: h('div', { class: 'page' }, h('p', { class: 'crumbs' }, link('#/state-machines', 'State machines')), body) };
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
