// A page-at-a-time list of executions from ListExecutions: a state machine's executions, or a Map
// Run's child workflow executions (which carry the Map Run and their redrives), with a status filter.
import { call } from '../api/client';
import { href, navigate, type Route, withQuery } from '../router';
import { errorBox, link, statusBadge } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, duration } from '../ui/format';

const MACHINE_STATUSES = ['', 'RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];
const CHILD_STATUSES = [...MACHINE_STATUSES, 'PENDING_REDRIVE'];
const PAGE_SIZE = 50;

/** What ListExecutions lists: `{ stateMachineArn }` or `{ mapRunArn }`. */
export type ExecutionsScope = { stateMachineArn: string } | { mapRunArn: string };

export interface ExecutionsList {
  el: HTMLElement;
  refresh(): void;
  setStatus(value: string): void;
}

/**
 * The executions of `scope`, newest first, of the route's `status`; choosing another status
 * navigates to the route with `query` and that status.
 */
export function executionsList(scope: ExecutionsScope, route: Route, query: Record<string, string | null> = {}): ExecutionsList {
  const children = 'mapRunArn' in scope;
  let status = route.query.get('status') ?? '';
  const tokens: (string | undefined)[] = [undefined];
  let page = 0;
  let loadingNow = false;
  let again = false;
  const filter = h('select', { 'aria-label': 'Status filter' }, (children ? CHILD_STATUSES : MACHINE_STATUSES).map(s => h('option', { value: s }, s ? s.replace(/_/g, ' ') : 'All statuses')));
  filter.value = status;
  filter.addEventListener('change', () => navigate(withQuery(route, { ...query, status: filter.value || null })));
  const previous = h('button', { type: 'button', onclick: () => go(page - 1) }, 'Previous');
  const next = h('button', { type: 'button', onclick: () => go(page + 1) }, 'Next');
  const pageLabel = h('span', { class: 'summary' });
  const table = h('div', { class: 'table-body' });
  const headings = ['Name', 'Status', 'Started', 'Ended', 'Duration', children ? 'Redrives' : 'Through'];
  const row = (e: any) => h('tr', null,
    h('td', null, children ? h('code', { title: e.executionArn }, e.name) : link(href('executions', e.executionArn), e.name)),
    h('td', null, statusBadge(e.status)),
    h('td', null, dateTime(e.startDate)),
    h('td', null, dateTime(e.stopDate)),
    h('td', null, e.stopDate ? duration(e.stopDate - e.startDate) : ''),
    h('td', null, children
      ? String(e.redriveCount ?? 0)
      : e.stateMachineVersionArn ? `version ${arnName(e.stateMachineVersionArn)}` : e.stateMachineAliasArn ? `alias ${arnName(e.stateMachineAliasArn)}` : ''));

  const go = async (to: number) => {
    if (loadingNow) {
      again = true;
      return;
    }
    loadingNow = true;
    try {
      const request: Record<string, unknown> = { ...scope, maxResults: PAGE_SIZE };
      if (status) request.statusFilter = status;
      if (tokens[to]) request.nextToken = tokens[to];
      const result: any = await call('ListExecutions', request);
      page = to;
      tokens[to + 1] = result.nextToken;
      tokens.length = to + 2;
      previous.disabled = page === 0;
      next.disabled = !result.nextToken;
      pageLabel.textContent = `Page ${page + 1}`;
      const rows = (result.executions as any[]).map(row);
      const kind = children ? 'child workflow executions' : 'executions';
      replace(table, rows.length
        ? h('table', { class: `grid executions${children ? ' child-executions' : ''}` }, h('thead', null, h('tr', null, headings.map(t => h('th', null, t)))), h('tbody', null, rows))
        : h('p', { class: 'summary' }, status ? `No ${status.replace(/_/g, ' ').toLowerCase()} ${kind}.` : `No ${kind} yet.`));
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
