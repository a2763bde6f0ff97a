// One state of an execution: its runs (a state in a Map or a loop runs many times), and for the run
// chosen its input, output, error and cause, retries, timings, the task's parameters and result,
// the child execution it started, and a Map's iterations.
import type { GraphState } from '../graph/model';
import { type ExecutionAnalysis, type Iteration, STATUS_LABELS, type StateInstance, within } from '../history/analysis';
import { details } from '../history/events';
import { href, type Route, withQuery } from '../router';
import { facts, jsonBlock, link } from '../ui/components';
import { h, replace } from '../ui/dom';
import { dateTime, duration } from '../ui/format';
import { VirtualList } from '../ui/virtual-list';

/** The events of one run listed in the panel; the rest are in the event table. */
const MAX_EVENTS = 60;

export class StatePanel {
  readonly el = h('aside', { class: 'state-panel', 'aria-label': 'Selected state' }, h('p', { class: 'summary' }, 'Reading the history…'));
  private runs: VirtualList<StateInstance> | null = null;
  private iterations: VirtualList<Iteration> | null = null;
  private shown = '';
  private route: Route | null = null;
  private chosenRun: StateInstance | undefined;
  private mapName = '';
  private selectedIteration = -1;

  constructor(private readonly analysis: ExecutionAnalysis, private readonly stateOf: (name: string) => GraphState | undefined) {}

  /** Draws the panel for the route's state (again when the history changed). */
  show(route: Route, scope: ((instance: StateInstance) => boolean) | undefined): void {
    const name = route.query.get('state');
    const key = `${route.query.toString()}|${name ? this.signature(name) : ""}`;
    if (key === this.shown) return;
    this.shown = key;
    this.route = route;
    if (!name) {
      replace(this.el, h('p', { class: 'summary' }, 'Select a state in the graph to see its input, output and events.'));
      return;
    }

    const state = this.stateOf(name);
    const all = this.analysis.byName.get(name) ?? [];
    const runs = scope ? all.filter(scope) : all;
    const runId = Number(route.query.get('run') ?? 0);
    const run = runs.find(r => r.entered.id === runId) ?? runs[runs.length - 1];
    const status = run ? run.status(this.analysis.running) : 'notStarted';
    const parts: (HTMLElement | null)[] = [
      h('h2', null, name, ' ', h('span', { class: 'type' }, state?.type ?? run?.type ?? ''), ' ', h('span', { class: `badge status-${status}` }, STATUS_LABELS[status])),
    ];

    if (runs.length > 1) parts.push(this.runList(runs, run));
    if (!run) {
      parts.push(h('p', { class: 'summary' }, all.length ? 'This state did not run in the chosen iteration.' : 'This state has not run.'));
      if (state) parts.push(h('h3', null, 'Definition'), jsonBlock(JSON.stringify(state.definition)));
      replace(this.el, ...parts);
      return;
    }

    const failureDetails = this.failureOf(run, state);
    const scheduled = run.scheduled ? details(run.scheduled) : undefined;
    const child = this.analysis.children.find(c => c.instance === run);
    parts.push(facts([
      ['Status', STATUS_LABELS[status]],
      ['Entered', dateTime(run.entered.timestamp)],
      ['Exited', run.exited ? dateTime(run.exited.timestamp) : null],
      ['Duration', run.ended !== undefined ? duration(run.ended - run.entered.timestamp) : null],
      ['Iteration', run.iteration !== null ? String(run.iteration) : null],
      ['Retries', run.attempts > 0 ? String(run.retries) : null],
      ['Resource', scheduled ? (scheduled.resourceType ? `${scheduled.resourceType}:${scheduled.resource}` : String(scheduled.resource)) : null],
      ['Timeout', scheduled?.timeoutInSeconds !== undefined ? `${scheduled.timeoutInSeconds} s` : null],
      ['Heartbeat', scheduled?.heartbeatInSeconds !== undefined ? `${scheduled.heartbeatInSeconds} s` : null],
      ['Child execution', child ? link(href('executions', child.executionArn), child.executionArn.split(':').pop() ?? child.executionArn) : null],
      ['Map Run', run.mapRunArn ? link(href('map-runs', run.mapRunArn), run.mapRunArn.split(':').slice(-2).join(':')) : null],
    ]));
    if (failureDetails) {
      parts.push(h('div', { class: 'failure', role: 'group', 'aria-label': 'Error' },
        h('h3', null, run.caught ? 'Error (caught)' : 'Error'),
        h('p', { class: 'error-name' }, String(failureDetails.error ?? '')),
        failureDetails.cause !== undefined ? h('pre', { class: 'cause' }, String(failureDetails.cause)) : null));
    }

    parts.push(h('h3', null, 'Input'), jsonBlock(details(run.entered)?.input, 'State input'));
    if (run.exited) parts.push(h('h3', null, 'Output'), jsonBlock(details(run.exited)?.output, 'State output'));
    const parameters = scheduled?.parameters ?? scheduled?.input;
    if (parameters !== undefined) parts.push(h('h3', null, 'Task parameters'), jsonBlock(parameters, 'Task parameters'));
    if (run.result) parts.push(h('h3', null, 'Task result'), jsonBlock(details(run.result)?.output, 'Task result'));
    if (run.iterations) parts.push(this.iterationList(route, run));
    const shownEvents = run.events.length > MAX_EVENTS ? [...run.events.slice(0, MAX_EVENTS - 10), ...run.events.slice(-10)] : run.events;
    parts.push(h('h3', null, `Events (${run.events.length.toLocaleString('en-US')})`), h('ul', { class: 'run-events' },
      shownEvents.map((e, i) => [
        i === MAX_EVENTS - 10 && run.events.length > MAX_EVENTS ? h('li', null, link(withQuery(route, { tab: 'events', q: name }), `… ${(run.events.length - MAX_EVENTS).toLocaleString('en-US')} more in the event table`)) : null,
        h('li', null, link(withQuery(route, { tab: 'events', event: String(e.id) }), `${e.id} ${e.type}`), ` ${dateTime(e.timestamp)}`)])));
    replace(this.el, ...parts);
  }

  /** What the panel shows of a state changes only when this does: its runs, their events and statuses. */
  private signature(name: string): string {
    const runs = this.analysis.byName.get(name);
    if (!runs) return 'none';
    const last = runs[runs.length - 1];
    return `${runs.length}|${last.events.length}|${last.status(this.analysis.running)}|${last.iterations?.size ?? 0}`;
  }

  /**
   * A run's error and cause: from its failure event, or for a Fail state (whose entered event
   * carries none) from the event that reports its failure, or from its definition.
   */
  private failureOf(run: StateInstance, state: GraphState | undefined): { error?: unknown; cause?: unknown } | undefined {
    const failure = run.finalFailure ?? run.failure;
    if (!failure) return undefined;
    if (run.type !== 'Fail') return details(failure);
    const events = this.analysis.events;
    for (let i = run.entered.id; i < events.length; i++) {
      if (events[i].previousEventId === run.entered.id && details(events[i])?.error !== undefined) return details(events[i]);
    }
    const literal = (value: unknown) => (typeof value === 'string' && !value.startsWith('{%') ? value : undefined);
    return { error: literal(state?.definition.Error), cause: literal(state?.definition.Cause) };
  }

  private runList(runs: StateInstance[], chosen: StateInstance | undefined): HTMLElement {
    this.runs ??= new VirtualList<StateInstance>({
      rowHeight: 28,
      className: 'runs',
      render: (run, i) => {
        const status = run.status(this.analysis.running);
        return h('a', { class: `row${run === this.chosenRun ? ' selected' : ''}`, href: withQuery(this.route!, { run: String(run.entered.id) }) },
          h('span', { class: 'col-id' }, `#${i + 1}`),
          h('span', { class: `badge status-${status}` }, STATUS_LABELS[status]),
          h('span', null, run.iteration !== null ? `iteration ${run.iteration}` : ''),
          h('span', { class: 'col-date' }, dateTime(run.entered.timestamp)));
      },
    });
    this.chosenRun = chosen;
    this.runs.setItems(runs);
    if (chosen) this.runs.scrollToIndex(runs.indexOf(chosen));
    return h('div', null, h('h3', null, `Runs (${runs.length.toLocaleString('en-US')})`), this.runs.el);
  }

  private iterationList(route: Route, run: StateInstance): HTMLElement {
    const selectedIteration = route.query.get('map') === run.name ? Number(route.query.get('iter') ?? -1) : -1;
    const items = [...run.iterations!.values()].sort((a, b) => a.index - b.index);
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
    this.iterations ??= new VirtualList<Iteration>({
      rowHeight: 28,
      className: 'iterations',
      render: item => h('a', {
        class: `row${item.index === this.selectedIteration ? ' selected' : ''}`,
        href: withQuery(this.route!, { map: this.mapName, iter: String(item.index), run: null }),
        'data-iteration': item.index,
      },
        h('span', { class: 'col-id' }, String(item.index)),
        h('span', { class: `badge status-${item.status === 'aborted' ? 'cancelled' : item.status}` }, item.status),
        h('span', { class: 'col-elapsed' }, item.ended !== undefined ? duration(item.ended - item.started) : '')),
    });
    this.mapName = run.name;
    this.selectedIteration = selectedIteration;
    this.iterations.setItems(items);
    if (selectedIteration >= 0) this.iterations.scrollToIndex(items.findIndex(i => i.index === selectedIteration));
    return h('div', { class: 'iterations-panel' },
      h('h3', null, `Iterations (${items.length.toLocaleString('en-US')})`),
      h('p', { class: 'summary' }, [...counts].map(([s, n]) => `${n.toLocaleString('en-US')} ${s}`).join(', '),
        selectedIteration >= 0 ? [' — showing iteration ', String(selectedIteration), ' ', link(withQuery(route, { map: null, iter: null }), 'show all')] : null),
      this.iterations.el);
  }
}

/** The runs to show for a route: with `map` and `iter`, only those in that iteration of that Map (its last run). */
export function scopeOf(analysis: ExecutionAnalysis, route: Route): ((instance: StateInstance) => boolean) | undefined {
  const map = route.query.get('map');
  const iter = route.query.get('iter');
  if (!map || iter === null) return undefined;
  const container = analysis.last(map);
  if (!container) return undefined;
  const index = Number(iter);
  return instance => instance === container || within(instance, container, index) || !within(instance, container, null);
}
