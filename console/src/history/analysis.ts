// What happened to each state, worked out from the history: events are tied to the state attempt
// they belong to by following previousEventId (AWS links each event to the one that caused it),
// and every state attempt knows the Map or Parallel state (and Map iteration) it ran in.
import { details, type HistoryEvent, isContainerEvent, isEntered, isExited, isFailure, isScheduled, isTaskSuccess, stateTypeOf } from './events';

/** AWS's colours of a state: what happened to it. */
export type StateStatus = 'running' | 'succeeded' | 'failed' | 'caught' | 'cancelled' | 'notStarted';

export const STATUS_LABELS: Record<StateStatus, string> = {
  running: 'In progress',
  succeeded: 'Succeeded',
  failed: 'Failed',
  caught: 'Caught error',
  cancelled: 'Cancelled',
  notStarted: 'Not started',
};

export type IterationStatus = 'running' | 'succeeded' | 'failed' | 'aborted';

export interface Iteration {
  index: number;
  status: IterationStatus;
  started: number;
  ended?: number;
}

/** One run of one state (a state in a Map runs once per iteration; a loop runs a state many times). */
export class StateInstance {
  readonly events: HistoryEvent[] = [];
  exited?: HistoryEvent;
  failure?: HistoryEvent;
  scheduled?: HistoryEvent;
  result?: HistoryEvent;
  attempts = 0;
  caught = false;
  /** Map states: their iterations by index. */
  iterations?: Map<number, Iteration>;
  mapRunArn?: string;

  constructor(readonly entered: HistoryEvent, readonly name: string, readonly type: string, readonly parent: StateInstance | null, readonly iteration: number | null) {}

  /** The failure that ended this run (a failure followed by another attempt does not). */
  get finalFailure(): HistoryEvent | undefined {
    if (!this.failure) return undefined;
    return this.scheduled && this.scheduled.id > this.failure.id ? undefined : this.failure;
  }

  get retries(): number {
    return Math.max(0, this.attempts - 1);
  }

  status(executionRunning: boolean): StateStatus {
    if (this.type === 'Fail') return 'failed';
    const failure = this.finalFailure;
    if (this.exited) return failure ? 'caught' : 'succeeded';
    if (failure) return this.caught ? 'caught' : executionRunning ? 'running' : 'failed';
    return executionRunning ? 'running' : 'cancelled';
  }

  get ended(): number | undefined {
    if (this.exited) return this.exited.timestamp;
    const last = this.events[this.events.length - 1];
    return this.finalFailure ? last.timestamp : undefined;
  }
}

interface Scope {
  parent: StateInstance | null;
  iteration: number | null;
}

const ROOT: Scope = { parent: null, iteration: null };

/** The analysis of one execution's history, fed events in order as they arrive. */
export class ExecutionAnalysis {
  readonly events: HistoryEvent[] = [];
  readonly instances: StateInstance[] = [];
  readonly byName = new Map<string, StateInstance[]>();
  /** Child executions started by states: the state attempt's entered event id → child ARN. */
  readonly children: { instance: StateInstance; executionArn: string }[] = [];
  private readonly owner = new Map<number, StateInstance | null>();
  private readonly scope = new Map<number, Scope>();
  private readonly childArns = new Set<string>();
  running = true;
  lastId = 0;
  /** Bumped on every change, so views can tell whether to redraw. */
  version = 0;

  /** Milliseconds spent in {@link add} so far (the console's benchmark reports it). */
  busyMs = 0;

  add(events: HistoryEvent[]): void {
    const started = performance.now();
    for (const event of events) {
      if (event.id <= this.lastId) continue;
      this.events.push(event);
      this.lastId = event.id;
      this.apply(event);
    }

    this.version++;
    this.busyMs += performance.now() - started;
  }

  /** Ties one event to its state attempt. */
  private apply(e: HistoryEvent): void {
    const type = e.type;
    const prevOwner = this.owner.get(e.previousEventId) ?? null;
    if (type === 'ExecutionStarted' || type === 'ExecutionRedriven') {
      this.running = true;
      this.owner.set(e.id, null);
      this.scope.set(e.id, ROOT);
      return;
    }

    if (type.startsWith('Execution')) {
      this.running = false;
      this.owner.set(e.id, prevOwner);
      this.scope.set(e.id, ROOT);
      return;
    }

    if (isEntered(type)) {
      const at = this.scope.get(e.previousEventId) ?? ROOT;
      const d = details(e);
      const instance = new StateInstance(e, String(d?.name ?? ''), stateTypeOf(type), at.parent, at.iteration);
      if (prevOwner && prevOwner !== at.parent && prevOwner.finalFailure && !prevOwner.exited) prevOwner.caught = true;
      if (prevOwner && prevOwner.exited && prevOwner.finalFailure) prevOwner.caught = true;
      this.instances.push(instance);
      let list = this.byName.get(instance.name);
      if (!list) this.byName.set(instance.name, (list = []));
      list.push(instance);
      instance.events.push(e);
      if (type === 'FailStateEntered') instance.failure = e;
      this.owner.set(e.id, instance);
      this.scope.set(e.id, { parent: instance.parent, iteration: instance.iteration });
      return;
    }

    let instance = prevOwner;
    if (isExited(type)) {
      const name = details(e)?.name;
      while (instance && instance.name !== name) instance = instance.parent;
      instance ??= prevOwner;
    } else if (isContainerEvent(type)) {
      const kind = type.startsWith('Parallel') ? 'Parallel' : 'Map';
      while (instance && instance.type !== kind) instance = instance.parent;
    }

    this.owner.set(e.id, instance);
    if (!instance) {
      this.scope.set(e.id, ROOT);
      return;
    }

    instance.events.push(e);
    this.record(instance, e);
  }

  private record(instance: StateInstance, e: HistoryEvent): void {
    const type = e.type;
    const d = details(e);
    let scope: Scope = { parent: instance.parent, iteration: instance.iteration };
    if (isExited(type)) instance.exited = e;
    else if (isScheduled(type)) {
      instance.scheduled = e;
      instance.attempts++;
    } else if (isTaskSuccess(type)) {
      instance.result = e;
      this.noteChild(instance, d?.output);
    } else if (type === 'TaskSubmitted') this.noteChild(instance, d?.output);
    else if (isFailure(type)) instance.failure = e;

    if (type === 'ParallelStateStarted' || type === 'MapStateStarted') scope = { parent: instance, iteration: null };
    else if (type === 'MapRunStarted') instance.mapRunArn = d?.mapRunArn;
    else if (type.startsWith('MapIteration')) {
      const index = Number(d?.index ?? 0);
      instance.iterations ??= new Map();
      const status: IterationStatus = type === 'MapIterationStarted' ? 'running' : type === 'MapIterationSucceeded' ? 'succeeded' : type === 'MapIterationFailed' ? 'failed' : 'aborted';
      const known = instance.iterations.get(index);
      if (!known || status === 'running') instance.iterations.set(index, { index, status, started: e.timestamp });
      else {
        known.status = status;
        known.ended = e.timestamp;
      }

      if (type === 'MapIterationStarted') scope = { parent: instance, iteration: index };
    }

    this.scope.set(e.id, scope);
  }

  /** A state that started an execution (states:startExecution) links to it. */
  private noteChild(instance: StateInstance, output: unknown): void {
    if (typeof output !== 'string' || !output.includes('ExecutionArn')) return;
    try {
      const arn = JSON.parse(output)?.ExecutionArn;
      if (typeof arn === 'string' && !this.childArns.has(arn)) {
        this.childArns.add(arn);
        this.children.push({ instance, executionArn: arn });
      }
    } catch {
      // Not JSON: not a child execution's answer.
    }
  }

  /** The status of every state by name; within `scope` (a Map iteration) only that iteration's runs count. */
  statuses(filter?: (instance: StateInstance) => boolean): Map<string, { status: StateStatus; count: number }> {
    const result = new Map<string, { status: StateStatus; count: number }>();
    for (const [name, list] of this.byName) {
      let best: StateStatus | null = null;
      let count = 0;
      for (const instance of list) {
        if (filter && !filter(instance)) continue;
        count++;
        const status = instance.status(this.running);
        if (best === null || RANK[status] > RANK[best]) best = status;
      }

      if (best !== null) result.set(name, { status: best, count });
    }

    return result;
  }

  /** The state run an event belongs to (null: the execution itself). */
  ownerOf(eventId: number): StateInstance | null {
    return this.owner.get(eventId) ?? null;
  }

  /** The last run of a state by name. */
  last(name: string): StateInstance | undefined {
    const list = this.byName.get(name);
    return list?.[list.length - 1];
  }
}

/** Which status a state shows when it ran many times: the most telling one. */
const RANK: Record<StateStatus, number> = { notStarted: 0, succeeded: 1, cancelled: 2, caught: 3, failed: 4, running: 5 };

/** Whether `instance` ran inside `container` (at any depth), in the given iteration of it when one is given. */
export function within(instance: StateInstance, container: StateInstance, iteration: number | null): boolean {
  for (let at: StateInstance | null = instance; at; at = at.parent) {
    if (at.parent === container) return iteration === null || at.iteration === iteration;
  }
  return false;
}
