// An execution's events as a table: only the rows in sight are drawn; filter by text and kind;
// a click shows the event's raw JSON.
import { details, eventGroup, type HistoryEvent, isFailure } from '../history/events';
import type { ExecutionAnalysis } from '../history/analysis';
import { navigate, type Route, withQuery } from '../router';
import { h, replace, text } from '../ui/dom';
import { dateTime, duration } from '../ui/format';
import { VirtualList } from '../ui/virtual-list';

const GROUPS = ['', 'State', 'Task', 'Map', 'Execution', 'Errors'];

export class EventsTable {
  readonly el: HTMLElement;
  private readonly list: VirtualList<HistoryEvent>;
  private readonly search: HTMLInputElement;
  private readonly group: HTMLSelectElement;
  private readonly raw = h('pre', { class: 'json raw-event', 'aria-label': 'Event JSON' });
  private readonly count = h('span', { class: 'summary' });
  private route: Route;
  private shownVersion = -1;
  private selected = 0;

  constructor(private readonly analysis: ExecutionAnalysis, route: Route) {
    this.route = route;
    this.search = h('input', { type: 'search', placeholder: 'Filter by type, state or text', 'aria-label': 'Filter events' });
    this.group = h('select', { 'aria-label': 'Event kind' }, GROUPS.map(g => h('option', { value: g }, g || 'All events')));
    this.search.addEventListener('input', () => {
      history.replaceState(null, '', withQuery(this.route, { q: this.search.value || null }));
      this.route = { ...this.route, query: new URLSearchParams(location.hash.split('?')[1] ?? '') };
      this.refresh(true);
    });
    this.group.addEventListener('change', () => navigate(withQuery(this.route, { kind: this.group.value || null })));
    this.list = new VirtualList<HistoryEvent>({
      rowHeight: 30,
      className: 'events',
      empty: 'No events match.',
      render: event => this.row(event),
    });
    this.el = h('div', { class: 'events-table' },
      h('div', { class: 'toolbar' }, this.search, this.group, this.count),
      h('div', { class: 'table-head row' }, h('span', { class: 'col-id' }, 'ID'), h('span', { class: 'col-type' }, 'Type'), h('span', { class: 'col-state' }, 'State'), h('span', { class: 'col-elapsed' }, 'Elapsed'), h('span', { class: 'col-date' }, 'Timestamp')),
      this.list.el,
      this.raw);
    this.update(route);
  }

  update(route: Route): void {
    this.route = route;
    this.search.value = route.query.get('q') ?? '';
    this.group.value = route.query.get('kind') ?? '';
    this.selected = Number(route.query.get('event') ?? 0);
    this.refresh(true);
  }

  refresh(force = false): void {
    if (!force && this.shownVersion === this.analysis.version) return;
    this.shownVersion = this.analysis.version;
    const q = this.search.value.trim().toLowerCase();
    const kind = this.group.value;
    let events = this.analysis.events;
    if (q || kind) {
      events = events.filter(e => {
        if (kind === 'Errors' ? !isFailure(e.type) && !e.type.endsWith('Failed') : kind && eventGroup(e.type) !== kind) return false;
        if (!q) return true;
        if (e.type.toLowerCase().includes(q)) return true;
        const owner = this.analysis.ownerOf(e.id);
        if (owner && owner.name.toLowerCase().includes(q)) return true;
        return JSON.stringify(details(e) ?? {}).toLowerCase().includes(q);
      });
    }

    this.list.setItems(events);
    text(this.count, events.length === this.analysis.events.length ? `${events.length.toLocaleString('en-US')} events` : `${events.length.toLocaleString('en-US')} of ${this.analysis.events.length.toLocaleString('en-US')} events`);
    const chosen = this.selected ? this.analysis.events[this.selected - 1] : undefined;
    replace(this.raw, chosen ? JSON.stringify(chosen, null, 2) : 'Select an event to see its JSON.');
    if (chosen) {
      const at = events.indexOf(chosen);
      if (at >= 0) this.list.scrollToIndex(at);
    }
  }

  private row(event: HistoryEvent): HTMLElement {
    const start = this.analysis.events[0]?.timestamp ?? event.timestamp;
    const owner = this.analysis.ownerOf(event.id);
    const failed = isFailure(event.type) || event.type === 'ExecutionFailed' || event.type === 'MapIterationFailed';
    return h('a', {
      class: `row event${failed ? ' failed' : ''}${event.id === this.selected ? ' selected' : ''}`,
      href: withQuery(this.route, { event: String(event.id) }),
      'data-event-id': event.id,
    },
      h('span', { class: 'col-id' }, String(event.id)),
      h('span', { class: 'col-type' }, event.type),
      h('span', { class: 'col-state' }, owner?.name ?? ''),
      h('span', { class: 'col-elapsed' }, duration(event.timestamp - start)),
      h('span', { class: 'col-date' }, dateTime(event.timestamp)));
  }
}
