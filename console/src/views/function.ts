// One function of the built-in Lambda service: its recent invocations (live, each with its log and
// the execution and state that invoked it), its configuration and environment, its versions and
// aliases, and a test invoke with an input editor. Every tab, and each invocation, has its address.
import { functionPath, type Invocation, lambdaCall, lambdaJson, recentInvocations } from '../api/lambda';
import { openStream } from '../api/stream';
import { href, navigate, type Route, withQuery } from '../router';
import { checkJson } from '../ui/dialog';
import { errorBox, facts, jsonBlock, link, loading, section, statusBadge, tabs } from '../ui/components';
import { h, replace } from '../ui/dom';
import { arnName, dateTime, lambdaDate } from '../ui/format';
import type { View } from './view';

const TABS: [string, string][] = [['invocations', 'Invocations'], ['configuration', 'Configuration'], ['versions', 'Versions and aliases'], ['test', 'Test']];

export function functionView(route: Route): View {
  const name = route.segments[1];
  const about = h('div', null, loading());
  const tabBar = h('div');
  const body = h('div', { class: 'tab-body' });
  let fn: any = null;
  let current = '';
  let invocations: InvocationsPanel | null = null;
  let testInput = '{}';
  const closeStream = openStream({ functionName: name }, (event) => {
    if (event === 'invocations') invocations?.refresh();
  });

  const show = (next: Route) => {
    const tab = next.query.get('tab') ?? 'invocations';
    replace(tabBar, tabs(next, TABS, tab));
    if (!fn) return;
    if (tab === current && tab === 'invocations') {
      invocations?.select(next);
      return;
    }

    current = tab;
    invocations = null;
    if (tab === 'configuration') replace(body, configurationPanel(fn));
    else if (tab === 'versions') replace(body, versionsPanel(name));
    else if (tab === 'test') replace(body, testPanel(name, testInput, value => (testInput = value)));
    else {
      invocations = invocationsPanel(name, next);
      replace(body, invocations.el);
    }
  };

  const load = async () => {
    try {
      fn = await lambdaJson('GET', functionPath(name));
      const c = fn.Configuration;
      replace(about, facts([
        ['ARN', h('code', null, c.FunctionArn)],
        ['Runtime', c.Runtime ?? c.PackageType],
        ['Handler', h('code', null, c.Handler ?? '')],
        ['Memory', `${c.MemorySize} MB`],
        ['Timeout', `${c.Timeout} s`],
        ['Last modified', lambdaDate(c.LastModified)],
        ['Description', c.Description || null],
      ]));
      show(route);
    } catch (e) {
      replace(about, errorBox(e));
    }
  };

  void load();
  return {
    el: h('div', { class: 'page' },
      h('p', { class: 'crumbs' }, link('#/functions', 'Functions')),
      h('div', { class: 'page-head' }, h('h1', null, name), h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', onclick: () => navigate(href('functions', name, { tab: 'test' })) }, 'Test'))),
      about, tabBar, body),
    update: next => {
      show(next);
      return true;
    },
    dispose: () => closeStream(),
  };
}

interface InvocationsPanel {
  el: HTMLElement;
  refresh(): void;
  select(route: Route): void;
}

function invocationsPanel(name: string, initial: Route): InvocationsPanel {
  const table = h('div', null, loading());
  const detail = h('div');
  let route = initial;
  let items: Invocation[] = [];
  let loaded = false;
  let busy = false;
  let again = false;

  const render = () => {
    const selected = route.query.get('request');
    replace(table, items.length
      ? h('table', { class: 'grid invocations' },
        h('thead', null, h('tr', null, ['Started', 'Duration', 'Status', 'Error type', 'Request ID', 'Invoked by'].map(c => h('th', null, c)))),
        h('tbody', null, items.map(i => h('tr', { class: i.requestId === selected ? 'selected' : null, 'data-request-id': i.requestId },
          h('td', null, dateTime(i.startDate)),
          h('td', null, i.durationMs === undefined ? '' : `${i.durationMs.toFixed(2)} ms`),
          h('td', null, statusBadge(i.status)),
          h('td', null, i.errorType ?? ''),
          h('td', null, link(withQuery(route, { request: i.requestId }), h('code', null, i.requestId))),
          h('td', null, i.executionArn
            ? [link(href('executions', i.executionArn, { state: i.stateName ?? null }), arnName(i.executionArn)), i.stateName ? [' · ', h('span', { class: 'state-name' }, i.stateName)] : null]
            : i.invocationType === 'Event' ? 'Invoke (Event)' : 'Invoke')))))
      : h('p', { class: 'summary' }, 'No recent invocations. Task states that call this function, and the Lambda API\'s Invoke, show here as they run.'));
    const chosen = items.find(i => i.requestId === selected);
    replace(detail, !selected ? null : chosen
      ? section(`Log of ${chosen.requestId}`,
        facts([
          ['Status', statusBadge(chosen.status)],
          ['Error type', chosen.errorType ?? null],
          ['Version', chosen.executedVersion],
          ['Invocation type', chosen.invocationType],
          ['Execution', chosen.executionArn ? link(href('executions', chosen.executionArn, { state: chosen.stateName ?? null }), chosen.executionArn) : null],
          ['State', chosen.stateName ?? null],
        ]),
        h('pre', { class: 'log', 'aria-label': 'Invocation log' }, chosen.log || (chosen.status === 'Running' ? 'Running…' : '(nothing printed)')))
      : loaded ? h('p', { class: 'summary' }, `The invocation ${selected} is not among the ${items.length} most recent ones.`) : null);
  };

  const refresh = async () => {
    if (busy) {
      again = true;
      return;
    }

    busy = true;
    try {
      do {
        again = false;
        items = await recentInvocations(name);
        loaded = true;
        render();
      } while (again);
    } catch (e) {
      replace(table, errorBox(e));
    } finally {
      busy = false;
    }
  };

  void refresh();
  return {
    el: h('div', null, table, detail),
    refresh: () => void refresh(),
    select: next => {
      route = next;
      render();
    },
  };
}

function configurationPanel(fn: any): HTMLElement {
  const c = fn.Configuration;
  const variables = Object.entries<string>(c.Environment?.Variables ?? {}).sort(([a], [b]) => a.localeCompare(b));
  const tags = Object.entries<string>(fn.Tags ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return h('div', null,
    section('Configuration', facts([
      ['Runtime', c.Runtime ?? null],
      ['Handler', c.Handler ? h('code', null, c.Handler) : null],
      ['Memory', `${c.MemorySize} MB`],
      ['Timeout', `${c.Timeout} s`],
      ['Ephemeral storage', c.EphemeralStorage ? `${c.EphemeralStorage.Size} MB` : null],
      ['Architectures', (c.Architectures ?? []).join(', ')],
      ['Role', c.Role ?? null],
      ['State', c.State ?? null],
      ['Last update', c.LastUpdateStatus ?? null],
      ['Revision', c.RevisionId ? h('code', null, c.RevisionId) : null],
      ['Last modified', lambdaDate(c.LastModified)],
    ])),
    section('Code', facts([
      ['Package type', c.PackageType ?? 'Zip'],
      ['Code size', `${Number(c.CodeSize).toLocaleString('en-US')} bytes`],
      ['SHA-256', h('code', null, c.CodeSha256 ?? '')],
    ])),
    section('Environment', variables.length
      ? h('table', { class: 'grid environment' }, h('thead', null, h('tr', null, h('th', null, 'Name'), h('th', null, 'Value'))),
        h('tbody', null, variables.map(([k, v]) => h('tr', null, h('td', null, h('code', null, k)), h('td', null, h('code', null, v))))))
      : h('p', { class: 'summary' }, 'No environment variables.')),
    tags.length ? section('Tags', h('table', { class: 'grid' }, h('tbody', null, tags.map(([k, v]) => h('tr', null, h('td', null, k), h('td', null, v)))))) : null);
}

function versionsPanel(name: string): HTMLElement {
  const el = h('div', null, loading());
  (async () => {
    try {
      const [versions, aliases] = await Promise.all([
        lambdaJson('GET', functionPath(name, '/versions'), [['MaxItems', '10000']]),
        lambdaJson('GET', functionPath(name, '/aliases'), [['MaxItems', '10000']]),
      ]);
      const list: any[] = versions.Versions ?? [];
      const named: any[] = aliases.Aliases ?? [];
      replace(el,
        section('Versions', h('table', { class: 'grid versions' },
          h('thead', null, h('tr', null, ['Version', 'Description', 'Code SHA-256', 'Last modified'].map(c => h('th', null, c)))),
          h('tbody', null, list.map(v => h('tr', null, h('td', null, v.Version), h('td', null, v.Description ?? ''), h('td', null, h('code', null, v.CodeSha256 ?? '')), h('td', null, lambdaDate(v.LastModified))))))),
        section('Aliases', named.length
          ? h('table', { class: 'grid aliases' },
            h('thead', null, h('tr', null, ['Alias', 'Version', 'Additional versions', 'Description'].map(c => h('th', null, c)))),
            h('tbody', null, named.map(a => h('tr', null,
              h('td', null, a.Name),
              h('td', null, a.FunctionVersion),
              h('td', null, Object.entries<number>(a.RoutingConfig?.AdditionalVersionWeights ?? {}).map(([v, w]) => h('div', null, `version ${v}: ${Math.round(w * 100)}%`))),
              h('td', null, a.Description ?? '')))))
          : h('p', { class: 'summary' }, 'No aliases.')));
    } catch (e) {
      replace(el, errorBox(e));
    }
  })();
  return el;
}

function testPanel(name: string, input: string, remember: (value: string) => void): HTMLElement {
  const editor = h('textarea', { name: 'input', rows: 12, spellcheck: 'false', 'aria-label': 'Test event (JSON)' });
  editor.value = input;
  const qualifier = h('input', { type: 'text', name: 'qualifier', placeholder: '$LATEST', 'aria-label': 'Version or alias' });
  const note = h('span', { class: 'field-note', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Invoke');
  const result = h('div', { class: 'test-result' });
  const check = () => {
    const problem = checkJson(editor.value);
    note.textContent = problem ?? '';
    button.disabled = problem !== null;
    remember(editor.value);
  };
  editor.addEventListener('input', check);
  const form = h('form', { class: 'test-invoke' },
    h('label', { class: 'field' }, h('span', null, 'Event (JSON)'), editor, note),
    h('label', { class: 'field' }, h('span', null, 'Version or alias (optional)'), qualifier),
    h('div', { class: 'buttons' }, button));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (button.disabled) return;
    button.disabled = true;
    replace(result, loading('Invoking…'));
    try {
      const query: [string, string][] = qualifier.value.trim() ? [['Qualifier', qualifier.value.trim()]] : [];
      const answer = await lambdaCall('POST', functionPath(name, '/invocations'), query, editor.value, { 'X-Amz-Log-Type': 'Tail', 'X-Amz-Invocation-Type': 'RequestResponse' });
      const functionError = answer.headers.get('X-Amz-Function-Error');
      const logResult = answer.headers.get('X-Amz-Log-Result');
      const payload = new TextDecoder().decode(answer.body);
      replace(result,
        section(functionError ? `Function error (${functionError})` : 'Succeeded', facts([
          ['Status', statusBadge(functionError ? 'Failed' : 'Succeeded')],
          ['Request ID', h('code', null, answer.headers.get('x-amzn-RequestId') ?? '')],
          ['Executed version', answer.headers.get('X-Amz-Executed-Version') ?? null],
        ])),
        section('Response', jsonBlock(payload, 'Response payload')),
        section('Log', h('pre', { class: 'log', 'aria-label': 'Test log' }, logResult ? decodeBase64(logResult) : '')));
    } catch (e) {
      replace(result, errorBox(e));
    } finally {
      button.disabled = false;
      check();
    }
  });
  check();
  return h('div', null, form, result);
}

function decodeBase64(value: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(value), c => c.charCodeAt(0)));
  } catch {
    return value;
  }
}
