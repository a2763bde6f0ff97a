// A state machine definition as a graph: every state a node, every transition (Next, Choice
// rules, Default, Catch) an edge; Parallel branches and Map item processors are nested groups.
import type { ElkExtendedEdge, ElkLabel, ElkNode } from 'elkjs/lib/elk-api';
import { textWidth } from './measure';

export interface GraphState {
  name: string;
  type: string;
  /** The id of the node that holds this state (a Parallel branch, a Map), or null at the top. */
  container: string | null;
  /** The state's own definition. */
  definition: Record<string, any>;
}

export interface GraphModel {
  states: Map<string, GraphState>;
  root: ElkNode;
  /** Parallel branches: branch node id → its label. */
  groups: Map<string, string>;
}

export const START_ID = 'start';
export const END_ID = 'end';
export const nodeId = (name: string) => `s:${name}`;

const NODE_HEIGHT = 44;
const PADDING = '[top=34,left=14,bottom=14,right=14]';

/** Builds the graph of a definition (JSON text already parsed). Throws when it has no States. */
export function buildModel(definition: any): GraphModel {
  if (!definition || typeof definition !== 'object' || typeof definition.States !== 'object' || definition.States === null) {
    throw new Error('The definition has no States object.');
  }

  const states = new Map<string, GraphState>();
  const groups = new Map<string, string>();
  let edgeCount = 0;
  const edge = (container: ElkNode, from: string, to: string, label: string | null, kind: string) => {
    const e: ElkExtendedEdge & { kind?: string } = { id: `e${edgeCount++}`, sources: [from], targets: [to], kind };
    if (label) e.labels = [labelOf(label)];
    (container.edges ??= []).push(e);
  };

  const addScope = (container: ElkNode, containerId: string | null, scope: any, top: boolean) => {
    const stateDefs: Record<string, any> = scope?.States && typeof scope.States === 'object' ? scope.States : {};
    container.children ??= [];
    if (top) {
      container.children.push({ id: START_ID, width: 64, height: 28, labels: [{ text: 'Start' }] });
      container.children.push({ id: END_ID, width: 64, height: 28, labels: [{ text: 'End' }] });
      if (typeof scope.StartAt === 'string' && scope.StartAt in stateDefs) edge(container, START_ID, nodeId(scope.StartAt), null, 'next');
    }

    for (const [name, def] of Object.entries(stateDefs)) {
      if (states.has(name)) continue;
      const type = typeof def?.Type === 'string' ? def.Type : '?';
      states.set(name, { name, type, container: containerId, definition: def ?? {} });
      const node: ElkNode = { id: nodeId(name), labels: [{ text: name }] };
      if (type === 'Parallel' && Array.isArray(def.Branches)) {
        node.layoutOptions = { 'elk.padding': PADDING };
        node.children = [];
        def.Branches.forEach((branch: any, i: number) => {
          const branchNode: ElkNode = { id: `b:${name}:${i}`, labels: [{ text: `Branch ${i + 1}` }], layoutOptions: { 'elk.padding': PADDING }, children: [] };
          groups.set(branchNode.id, `Branch ${i + 1}`);
          node.children!.push(branchNode);
          addScope(branchNode, branchNode.id, branch, false);
        });
      } else if (type === 'Map' && (def.ItemProcessor || def.Iterator)) {
        node.layoutOptions = { 'elk.padding': PADDING };
        addScope(node, node.id, def.ItemProcessor ?? def.Iterator, false);
      } else {
        node.width = Math.max(120, textWidth(name, 13) + 36);
        node.height = NODE_HEIGHT;
      }

      container.children.push(node);
    }

    for (const [name, def] of Object.entries(stateDefs)) {
      const from = nodeId(name);
      const target = (to: unknown) => (typeof to === 'string' && to in stateDefs ? nodeId(to) : null);
      const next = target(def?.Next);
      if (next) edge(container, from, next, null, 'next');
      if (def?.Type === 'Choice') {
        (Array.isArray(def.Choices) ? def.Choices : []).forEach((rule: any, i: number) => {
          const to = target(rule?.Next);
          if (to) edge(container, from, to, ruleLabel(rule, i), 'choice');
        });
        const fallback = target(def.Default);
        if (fallback) edge(container, from, fallback, 'Default', 'default');
      }

      (Array.isArray(def?.Catch) ? def.Catch : []).forEach((catcher: any) => {
        const to = target(catcher?.Next);
        if (to) edge(container, from, to, `Catch ${(catcher.ErrorEquals ?? []).join(', ')}`, 'catch');
      });
      if (top && (def?.End === true || def?.Type === 'Succeed' || def?.Type === 'Fail')) edge(container, from, END_ID, null, 'end');
    }
  };

  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '40',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'false',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
  };
  addScope(root, null, definition, true);
  return { states, root, groups };
}

function labelOf(text: string): ElkLabel {
  const shown = text.length > 48 ? text.slice(0, 47) + '…' : text;
  return { text: shown, width: textWidth(shown, 11) + 8, height: 16 };
}

/** A short description of a Choice rule: `$.x > 1`, `Condition`, or `Rule 2`. */
function ruleLabel(rule: any, i: number): string {
  if (typeof rule?.Condition === 'string') return rule.Condition.replace(/^\{%\s*|\s*%\}$/g, '');
  const operators: Record<string, string> = {
    StringEquals: '==', NumericEquals: '==', BooleanEquals: '==', TimestampEquals: '==',
    NumericGreaterThan: '>', NumericLessThan: '<', NumericGreaterThanEquals: '>=', NumericLessThanEquals: '<=',
    StringGreaterThan: '>', StringLessThan: '<', StringGreaterThanEquals: '>=', StringLessThanEquals: '<=',
    TimestampGreaterThan: '>', TimestampLessThan: '<', TimestampGreaterThanEquals: '>=', TimestampLessThanEquals: '<=',
    StringMatches: 'matches', IsPresent: 'present', IsNull: 'null', IsString: 'string', IsNumeric: 'numeric', IsBoolean: 'boolean', IsTimestamp: 'timestamp',
  };
  if (typeof rule?.Variable === 'string') {
    for (const [key, value] of Object.entries(rule)) {
      const op = key.replace(/Path$/, '');
      if (op in operators) return `${rule.Variable} ${operators[op]} ${JSON.stringify(value)}`;
    }
  }

  if (Array.isArray(rule?.And)) return `And (${rule.And.length})`;
  if (Array.isArray(rule?.Or)) return `Or (${rule.Or.length})`;
  if (rule?.Not) return 'Not';
  return `Rule ${i + 1}`;
}
