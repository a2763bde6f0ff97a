// The graph as SVG: states coloured by what happened to them, groups for Parallel branches and Map
// item processors, pan (drag) and zoom (wheel, buttons), a click selects a state.
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { StateStatus } from '../history/analysis';
import { STATUS_LABELS } from '../history/analysis';
import { h, replace, s } from '../ui/dom';
import { layout } from './layout';
import { buildModel, END_ID, type GraphModel, START_ID } from './model';

export interface StateMark {
  status: StateStatus;
  count: number;
}

export class GraphView {
  readonly el: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly nodes = new Map<string, SVGGElement>();
  private model: GraphModel | null = null;
  private selected: string | null = null;
  private transform = { x: 0, y: 0, k: 1 };
  private size = { width: 0, height: 0 };
  private marks = new Map<string, StateMark>();
  /** Resolves once the graph is drawn. */
  readonly ready: Promise<void>;

  constructor(definitionText: string, private readonly onSelect: (name: string) => void, legend = false) {
    this.viewport = s('g', { class: 'viewport' });
    this.svg = s('svg', { class: 'graph-svg', role: 'img', 'aria-label': 'State machine graph' }, arrowDefs(), this.viewport);
    const tools = h('div', { class: 'graph-tools' },
      h('button', { type: 'button', title: 'Zoom in', onclick: () => this.zoom(1.25) }, '+'),
      h('button', { type: 'button', title: 'Zoom out', onclick: () => this.zoom(0.8) }, '−'),
      h('button', { type: 'button', title: 'Fit to view', onclick: () => this.fit() }, 'Fit'));
    this.el = h('div', { class: 'graph' }, this.svg, tools, legend ? legendOf() : null);
    this.enablePanZoom();
    this.ready = this.draw(definitionText);
  }

  private async draw(definitionText: string): Promise<void> {
    let definition: any;
    try {
      definition = JSON.parse(definitionText);
      this.model = buildModel(definition);
    } catch (e) {
      replace(this.el, h('p', { class: 'error' }, `The graph cannot be drawn: ${(e as Error).message}`));
      return;
    }

    const laid = await layout(definitionText, this.model.root);
    this.size = { width: laid.width ?? 0, height: laid.height ?? 0 };
    const edges: SVGElement[] = [];
    const shapes: SVGElement[] = [];
    this.drawNode(laid, shapes, edges, true);
    replace(this.viewport, ...shapes, ...edges);
    this.el.dataset.ready = 'true';
    requestAnimationFrame(() => this.fit());
    this.applyMarks();
  }

  private drawNode(node: ElkNode, shapes: SVGElement[], edges: SVGElement[], isRoot: boolean): void {
    if (!isRoot) shapes.push(this.shapeOf(node));
    for (const child of node.children ?? []) this.drawNode(child, shapes, edges, false);
    for (const edge of (node.edges ?? []) as (ElkExtendedEdge & { kind?: string })[]) edges.push(edgeOf(edge));
  }

  private shapeOf(node: ElkNode): SVGElement {
    const x = node.x ?? 0, y = node.y ?? 0, width = node.width ?? 0, height = node.height ?? 0;
    const label = node.labels?.[0]?.text ?? '';
    if (node.id === START_ID || node.id === END_ID) {
      return s('g', { class: 'node terminal' },
        s('rect', { x, y, width, height, rx: height / 2 }),
        s('text', { x: x + width / 2, y: y + height / 2 + 4, 'text-anchor': 'middle' }, label));
    }

    if (node.id.startsWith('b:')) {
      return s('g', { class: 'group branch' },
        s('rect', { x, y, width, height, rx: 6 }),
        s('text', { x: x + 10, y: y + 20, class: 'group-label' }, label));
    }

    const name = node.id.slice(2);
    const state = this.model!.states.get(name);
    const compound = (node.children?.length ?? 0) > 0;
    const g = s('g', {
      class: compound ? 'node state container' : 'node state',
      'data-state': name,
      'data-status': 'notStarted',
      tabindex: 0,
      role: 'button',
      'aria-label': `${state?.type ?? ''} state ${name}`,
      onclick: (event: Event) => {
        event.stopPropagation();
        this.onSelect(name);
      },
      onkeydown: (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') this.onSelect(name);
      },
    });
    const title = s('title', null, `${name} (${state?.type ?? '?'})`);
    if (compound) {
      g.append(title,
        s('rect', { x, y, width, height, rx: 8, class: 'frame' }),
        s('rect', { x, y, width, height: 28, rx: 8, class: 'header' }),
        s('text', { x: x + 10, y: y + 19, class: 'name' }, name),
        s('text', { x: x + width - 10, y: y + 19, class: 'type', 'text-anchor': 'end' }, state?.type ?? ''),
        s('text', { x: x + width - 10, y: y + height - 6, class: 'count', 'text-anchor': 'end' }, ''));
    } else {
      g.append(title,
        s('rect', { x, y, width, height, rx: 6, class: 'frame' }),
        s('text', { x: x + width / 2, y: y + 19, class: 'name', 'text-anchor': 'middle' }, name),
        s('text', { x: x + width / 2, y: y + 34, class: 'type', 'text-anchor': 'middle' }, state?.type ?? ''),
        s('text', { x: x + width - 5, y: y + height - 5, class: 'count', 'text-anchor': 'end' }, ''));
    }

    this.nodes.set(name, g);
    if (this.selected === name) g.classList.add('selected');
    return g;
  }

  /** Colours states: those not in `marks` are not started. */
  mark(marks: Map<string, StateMark>): void {
    this.marks = marks;
    this.applyMarks();
  }

  private applyMarks(): void {
    for (const [name, g] of this.nodes) {
      const mark = this.marks.get(name);
      const status = mark?.status ?? 'notStarted';
      if (g.dataset.status !== status) g.dataset.status = status;
      const count = g.querySelector('text.count');
      const label = mark && mark.count > 1 ? `×${mark.count.toLocaleString('en-US')}` : '';
      if (count && count.textContent !== label) count.textContent = label;
    }
  }

  select(name: string | null): void {
    this.selected = name;
    for (const [n, g] of this.nodes) g.classList.toggle('selected', n === name);
  }

  get stateNames(): string[] {
    return this.model ? [...this.model.states.keys()] : [];
  }

  state(name: string) {
    return this.model?.states.get(name);
  }

  fit(): void {
    const box = this.svg.getBoundingClientRect();
    if (!box.width || !this.size.width) return;
    const k = Math.min(box.width / (this.size.width + 40), box.height / (this.size.height + 40), 1.5);
    this.transform = { k, x: (box.width - this.size.width * k) / 2, y: Math.max(10, (box.height - this.size.height * k) / 2) };
    this.applyTransform();
  }

  private zoom(factor: number, cx?: number, cy?: number): void {
    const box = this.svg.getBoundingClientRect();
    const px = cx ?? box.width / 2, py = cy ?? box.height / 2;
    const k = Math.min(4, Math.max(0.1, this.transform.k * factor));
    const ratio = k / this.transform.k;
    this.transform = { k, x: px - (px - this.transform.x) * ratio, y: py - (py - this.transform.y) * ratio };
    this.applyTransform();
  }

  private applyTransform(): void {
    const { x, y, k } = this.transform;
    this.viewport.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)}) scale(${k.toFixed(4)})`);
  }

  private enablePanZoom(): void {
    let drag: { x: number; y: number; tx: number; ty: number } | null = null;
    this.svg.addEventListener('wheel', event => {
      event.preventDefault();
      const box = this.svg.getBoundingClientRect();
      this.zoom(event.deltaY < 0 ? 1.1 : 1 / 1.1, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    this.svg.addEventListener('pointerdown', event => {
      if ((event.target as Element).closest('.state')) return;
      drag = { x: event.clientX, y: event.clientY, tx: this.transform.x, ty: this.transform.y };
      this.svg.setPointerCapture(event.pointerId);
    });
    this.svg.addEventListener('pointermove', event => {
      if (!drag) return;
      this.transform.x = drag.tx + event.clientX - drag.x;
      this.transform.y = drag.ty + event.clientY - drag.y;
      this.applyTransform();
    });
    this.svg.addEventListener('pointerup', () => (drag = null));
  }
}

function edgeOf(edge: ElkExtendedEdge & { kind?: string }): SVGElement {
  const sections: ElkEdgeSection[] = edge.sections ?? [];
  const d = sections.map(section => {
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  }).join(' ');
  const g = s('g', { class: `edge ${edge.kind ?? ''}` }, s('path', { d, 'marker-end': 'url(#arrow)' }));
  for (const label of edge.labels ?? []) {
    if (label.x === undefined || label.y === undefined) continue;
    g.append(
      s('rect', { x: label.x, y: label.y, width: label.width ?? 0, height: label.height ?? 0, class: 'label-bg', rx: 3 }),
      s('text', { x: label.x + 4, y: label.y + 12, class: 'label' }, label.text ?? ''));
  }
  return g;
}

function arrowDefs(): SVGElement {
  return s('defs', null,
    s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead' })));
}

function legendOf(): HTMLElement {
  const statuses: StateStatus[] = ['running', 'succeeded', 'failed', 'caught', 'cancelled', 'notStarted'];
  return h('ul', { class: 'legend' }, statuses.map(status => h('li', null, h('span', { class: `swatch status-${status}` }), STATUS_LABELS[status])));
}
