// One execution: the graph coloured by what happened to each state, updated live; the selected
// state's details; the event table; input, output and error; Stop, Redrive and Start again.
import { call } from '../api/client';
import { openStream } from '../api/stream';
import { GraphView } from '../graph/view';
import { ExecutionAnalysis } from '../history/analysis';
import type { HistoryEvent } from '../history/events';
import { href, navigate, type Route, withQuery } from '../router';
import { errorBox, facts, jsonBlock, link, loading, section, statusBadge, tabs } from '../ui/components';
import { showDialog } from '../ui/dialog';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, duration } from '../ui/format';
import { EventsTable } from './execution-events';
import { scopeOf, StatePanel } from './state-panel';
import { startExecution } from './start';
import type { View } from './view';

const TABS: [string, string][] = [['graph', 'Graph'], ['events', 'Events'], ['io', 'Input and output']];
const PAGE = 1000;

export function executionView(route: Route): View {
  const started = performance.now();
  const arn = route.segments[1];
  const analysis = new ExecutionAnalysis();
  const root = h('div', { class: 'page execution', 'data-loaded': 'false' });
  const head = h('div', { class: 'page-head' }, h('h1', null, arnName(arn)));
  const about = h('div', null, loading());
  const related = h('div', { class: 'related' });
  const tabBar = h('div');
  const body = h('div', { class: 'tab-body' });
  const crumb = h('span');
  const progress = h('p', { class: 'summary progress', 'aria-live': 'polite' });
  const panel = new StatePanel(analysis, name => graph?.state(name));
  const events = new EventsTable(analysis, route);
  const graphPane = h('div', { class: 'graph-pane' });
  const io = h('div', { class: 'io' });
  let execution: any = null;
  let graph: GraphView | null = null;
  let current = route;
  let frame = 0;
  let target = 0;
  let syncing = false;
  let syncAgain = false;
  let loaded = false;
  let closeStream: (() => void) | null = null;
  let disposed = false;

  let drawMs = 0;
  const draw = () => {
    const drawStarted = performance.now();
    try {
      drawNow();
    } finally {
      drawMs += performance.now() - drawStarted;
    }
    if (!root.dataset.firstScreenMs && graph?.el.dataset.ready === 'true' && analysis.events.length) {
      root.dataset.firstScreenMs = String(Math.round(performance.now() - started));
    }
  };
  const drawNow = () => {
    frame = 0;
    const tab = current.query.get('tab') ?? 'graph';
    const scope = scopeOf(analysis, current);
    graph?.mark(analysis.statuses(scope));
    graph?.select(current.query.get('state'));
    // The panel waits for the whole history: drawn once, not once per page read.
    if (tab === 'graph' && loaded) panel.show(current, scope);
    if (tab === 'events') events.refresh();
    if (tabCount !== analysis.events.length) renderTabs();
    progress.textContent = loaded ? `${analysis.events.length.toLocaleString('en-US')} events` : `Loading events… ${analysis.events.length.toLocaleString('en-US')}`;
    drawRelated();
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };

  let tabCount = -1;
  const renderTabs = () => {
    tabCount = analysis.events.length;
    const label = (key: string, text: string) => (key === 'events' && tabCount ? `${text} (${tabCount.toLocaleString('en-US')})` : text);
    replace(tabBar, tabs(current, TABS.map(([k, l]) => [k, label(k, l)]), current.query.get('tab') ?? 'graph'));
  };

  const show = (next: Route) => {
    const before = current.query.get('tab') ?? 'graph';
    current = next;
    const tab = next.query.get('tab') ?? 'graph';
    renderTabs();
    if (tab === 'events') {
      if (before !== 'events' || body.firstChild !== events.el) replace(body, events.el);
      events.update(next);
    } else if (tab === 'io') {
      replace(body, io);
    } else if (body.firstChild !== graphPane) {
      replace(body, graphPane);
    }
    schedule();
  };

  const drawHeader = () => {
    const e = execution;
    const through = e.stateMachineAliasArn ?? e.stateMachineVersionArn;
    const actions: HTMLElement[] = [];
    if (e.status === 'RUNNING') actions.push(h('button', { type: 'button', class: 'danger', onclick: stop }, 'Stop'));
    if (e.redriveStatus === 'REDRIVABLE' && e.status !== 'RUNNING') actions.push(h('button', { type: 'button', onclick: redrive }, 'Redrive'));
    actions.push(h('button', { type: 'button', class: 'primary', onclick: () => startExecution(through ?? e.stateMachineArn, e.input) }, 'Start again with this input'));
    replace(head, h('h1', null, e.name, ' ', statusBadge(e.status)), h('div', { class: 'actions' }, actions));
    replace(crumb, link(href('state-machines', e.stateMachineArn), arnName(e.stateMachineArn)), ' / ', e.name);
    const parent = parentOf(e.input);
    replace(about, facts([
      ['State machine', link(href('state-machines', e.stateMachineArn), arnName(e.stateMachineArn))],
      ['Started through', through ? link(href('state-machines', e.stateMachineVersionArn ?? e.stateMachineArn), through.split(':').slice(7).join(':')) : null],
      ['ARN', h('code', null, e.executionArn)],
      ['Started', dateTime(e.startDate)],
      ['Ended', dateTime(e.stopDate)],
      ['Duration', e.stopDate ? duration(e.stopDate - e.startDate) : null],
      ['Redrives', e.redriveCount ? `${e.redriveCount} (last ${dateTime(e.redriveDate)})` : null],
      ['Started by', parent ? link(href('executions', parent), arnName(parent)) : null],
    ]));
    replace(io,
      section('Input', jsonBlock(e.input, 'Execution input')),
      e.output !== undefined ? section('Output', jsonBlock(e.output, 'Execution output')) : null,
      e.error !== undefined || e.cause !== undefined ? section('Error', h('p', { class: 'error-name' }, e.error ?? ''), h('pre', { class: 'cause' }, e.cause ?? '')) : null);
  };

  let mapRuns: any[] = [];
  const drawRelated = () => {
    const children = analysis.children;
    replace(related,
      children.length ? h('div', null, h('strong', null, 'Started executions: '), children.map(c => [link(href('executions', c.executionArn), arnName(c.executionArn)), ` (by ${c.instance.name}) `])) : null,
      mapRuns.length ? h('div', null, h('strong', null, 'Map Runs: '), mapRuns.map(r => [link(href('map-runs', r.mapRunArn), r.mapRunArn.split(':').slice(-2).join(':')), ' '])) : null);
  };

  const describe = async () => {
    execution = await call('DescribeExecution', { executionArn: arn });
    drawHeader();
  };

  const listMapRuns = async () => {
    try {
      mapRuns = (await call<any>('ListMapRuns', { executionArn: arn, maxResults: 1000 })).mapRuns ?? [];
      schedule();
    } catch {
      mapRuns = [];
    }
  };

  /** Reads the events after the last one known: all of them at first, then what the stream announced. */
  const sync = async () => {
    if (disposed) return;
    if (syncing) {
      syncAgain = true;
      return;
    }
    syncing = true;
    try {
      if (analysis.lastId === 0) await readAll();
      while (target > analysis.lastId && !disposed) {
        const newer: HistoryEvent[] = [];
        let nextToken: string | undefined;
        do {
          const want = Math.min(PAGE, Math.max(1, target - analysis.lastId));
          const page: any = await call('GetExecutionHistory', { executionArn: arn, maxResults: want, reverseOrder: true, ...(nextToken ? { nextToken } : {}) });
          const events = page.events as HistoryEvent[];
          newer.push(...events.filter(e => e.id > analysis.lastId));
          nextToken = events.some(e => e.id <= analysis.lastId) ? undefined : page.nextToken;
        } while (nextToken);
        newer.sort((a, b) => a.id - b.id);
        if (!newer.length) break;
        analysis.add(newer);
        schedule();
      }
    } finally {
      syncing = false;
      if (syncAgain) {
        syncAgain = false;
        void sync();
      }
    }
  };

  /**
   * The whole history, read from both ends at once (oldest first and newest first, meeting in the
   * middle): half the round trips of reading it in order. Pages from the start are shown as they
   * arrive.
   */
  const readAll = async () => {
    const first: any = await call('GetExecutionHistory', { executionArn: arn, maxResults: PAGE });
    analysis.add(first.events as HistoryEvent[]);
    schedule();
    if (!first.nextToken) return;
    const tail: HistoryEvent[] = [];
    let lowestTail = Number.MAX_SAFE_INTEGER;
    const gap = () => analysis.lastId + 1 < lowestTail && !disposed;
    const forward = async (token: string | undefined) => {
      while (token && gap()) {
        const page: any = await call('GetExecutionHistory', { executionArn: arn, maxResults: PAGE, nextToken: token });
        analysis.add((page.events as HistoryEvent[]).filter(e => e.id < lowestTail));
        schedule();
        token = page.nextToken;
      }
    };
    const backward = async () => {
      let token: string | undefined;
      do {
        const page: any = await call('GetExecutionHistory', { executionArn: arn, maxResults: PAGE, reverseOrder: true, ...(token ? { nextToken: token } : {}) });
        const events = (page.events as HistoryEvent[]).filter(e => e.id > analysis.lastId && e.id < lowestTail);
        tail.push(...events);
        for (const e of events) lowestTail = Math.min(lowestTail, e.id);
        token = page.nextToken;
      } while (token && gap());
    };
    await Promise.all([forward(first.nextToken), backward()]);
    tail.sort((a, b) => a.id - b.id);
    analysis.add(tail.filter(e => e.id > analysis.lastId));
    schedule();
  };

  const stop = async () => {
    await showDialog('Stop execution', h('p', null, 'Stopping ends the execution as ABORTED; running states are cancelled.'),
      [{ name: 'error', label: 'Error (optional)' }, { name: 'cause', label: 'Cause (optional)', multiline: true }],
      'Stop execution', async values => {
        const request: Record<string, string> = { executionArn: arn };
        if (values.error) request.error = values.error;
        if (values.cause) request.cause = values.cause;
        await call('StopExecution', request);
        return true;
      });
    await refresh();
  };

  const redrive = async () => {
    await showDialog('Redrive execution', h('p', null, 'The execution starts again from the states that failed, with the same input.'), [], 'Redrive', async () => {
      await call('RedriveExecution', { executionArn: arn });
      return true;
    });
    await refresh();
  };

  let lastStatus = '';
  const refresh = async () => {
    try {
      await describe();
      lastStatus = execution.status;
      if (execution.status !== 'RUNNING') void listMapRuns();
    } catch (e) {
      replace(about, errorBox(e));
    }
  };

  const load = async () => {
    try {
      const history = sync().then(() => (root.dataset.historyMs = String(Math.round(performance.now() - started))));
      const definition = call('DescribeStateMachineForExecution', { executionArn: arn });
      await describe();
      lastStatus = execution.status;
      graph = new GraphView(((await definition) as any).definition, name => navigate(withQuery(current, { state: name, run: null, tab: null })), true);
      replace(graphPane, graph.el, panel.el);
      show(current);
      const drawn = graph.ready.then(() => {
        root.dataset.graphMs = String(Math.round(performance.now() - started));
        schedule();
      });
      await Promise.all([history, drawn]);
      loaded = true;
      draw();
      root.dataset.loaded = 'true';
      root.dataset.renderMs = String(Math.round(performance.now() - started));
      root.dataset.drawMs = String(Math.round(drawMs));
      root.dataset.analysisMs = String(Math.round(analysis.busyMs));
      void listMapRuns();
      closeStream = openStream({ executionArn: arn }, (event, data) => {
        if (event !== 'execution') return;
        target = Math.max(target, Number(data.eventCount ?? 0));
        void sync();
        if (data.status !== lastStatus || (data.redriveCount ?? 0) !== (execution?.redriveCount ?? 0)) void refresh().then(schedule);
      });
    } catch (e) {
      replace(about, errorBox(e));
    }
  };

  replace(root, h('p', { class: 'crumbs' }, link('#/state-machines', 'State machines'), ' / ', crumb), head, about, related, tabBar, progress, body);
  replace(graphPane, loading('Drawing the graph…'));
  show(route);
  void load();
  return {
    el: root,
    update: next => {
      show(next);
      return true;
    },
    dispose: () => {
      disposed = true;
      closeStream?.();
      if (frame) cancelAnimationFrame(frame);
    },
  };
}

/** The execution that started this one, from the input field Step Functions adds. */
function parentOf(input: string | undefined): string | null {
  if (!input || !input.includes('AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID')) return null;
  try {
    const value = JSON.parse(input)?.AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID;
    return typeof value === 'string' && value.startsWith('arn:') ? value : null;
  } catch {
    return null;
  }
}
