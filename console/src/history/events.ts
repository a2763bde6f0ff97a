// History events as GetExecutionHistory returns them.

export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: number;
  type: string;
  [details: string]: unknown;
}

/** The event's details object (`taskFailedEventDetails`, ...), if it has one. */
export function details(event: HistoryEvent): Record<string, any> | undefined {
  for (const key in event) {
    if (key.endsWith('EventDetails')) return event[key] as Record<string, any>;
  }
  return undefined;
}

/** The kind of state an event type belongs to: `TaskStateEntered` → `Task`. */
export function stateTypeOf(type: string): string {
  const at = type.indexOf('State');
  return at > 0 ? type.slice(0, at) : type;
}

export const isEntered = (type: string) => type.endsWith('StateEntered');
export const isExited = (type: string) => type.endsWith('StateExited');

/** Events that end an attempt of a state with an error. */
export function isFailure(type: string): boolean {
  if (type.startsWith('Execution') || type.startsWith('MapIteration') || type === 'EvaluationFailed') return false;
  return type.endsWith('Failed') || type.endsWith('TimedOut') || type === 'FailStateEntered';
}

/** Events that schedule an attempt of a Task (a retry schedules again). */
export const isScheduled = (type: string) => type === 'TaskScheduled' || type === 'ActivityScheduled' || type === 'LambdaFunctionScheduled';

/** Events that carry a Task's result. */
export const isTaskSuccess = (type: string) => type === 'TaskSucceeded' || type === 'ActivitySucceeded' || type === 'LambdaFunctionSucceeded';

/** Events that belong to the enclosing Map or Parallel state rather than to the event they follow. */
export const isContainerEvent = (type: string) => type.startsWith('MapState') || type.startsWith('MapRun') || type.startsWith('MapIteration') || type.startsWith('ParallelState');

/** A coarse group for filtering the event table. */
export function eventGroup(type: string): string {
  if (type.startsWith('Execution')) return 'Execution';
  if (type.startsWith('MapIteration') || type.startsWith('MapRun')) return 'Map';
  if (isEntered(type) || isExited(type)) return 'State';
  if (type.startsWith('Task') || type.startsWith('Activity') || type.startsWith('LambdaFunction')) return 'Task';
  if (type.startsWith('MapState') || type.startsWith('ParallelState')) return 'State';
  return 'Other';
}
