// The console's sections, in navigation order. A view for another of the server's AWS APIs goes
// here as one more section naming its service (shown only when /console/api/config lists it).
import { activitiesView } from './activities';
import { executionView } from './execution';
import { functionsSection } from './functions';
import { machineView } from './machine';
import { machinesView } from './machines';
import { mapRunView } from './map-run';
import type { Section } from './view';

export const sections: Section[] = [
  { label: 'State machines', segment: 'state-machines', service: 'states', create: route => (route.segments.length > 1 ? machineView(route) : machinesView(route)) },
  { label: 'Activities', segment: 'activities', service: 'states', create: activitiesView },
  { label: 'Functions', segment: 'functions', service: 'lambda', create: functionsSection },
];

/** Views reached by links rather than from the navigation bar. */
export const linkedViews: Section[] = [
  { label: 'Execution', segment: 'executions', service: 'states', create: executionView },
  { label: 'Map Run', segment: 'map-runs', service: 'states', create: mapRunView },
];
