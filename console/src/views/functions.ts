// The built-in Lambda service's functions: name, runtime, handler, memory, timeout, last modified.
import { listFunctions } from '../api/lambda';
import { href, type Route } from '../router';
import { errorBox, link, loading } from '../ui/components';
import { h, replace } from '../ui/dom';
import { lambdaDate } from '../ui/format';
import { functionView } from './function';
import type { View } from './view';

export function functionsSection(route: Route): View {
  return route.segments.length > 1 ? functionView(route) : functionsView();
}

function functionsView(): View {
  const body = h('div', null, loading());
  const load = async () => {
    try {
      const functions = (await listFunctions()).sort((a, b) => String(a.FunctionName).localeCompare(String(b.FunctionName)));
      replace(body, h('p', { class: 'summary' }, `${functions.length} ${functions.length === 1 ? 'function' : 'functions'}`), functions.length
        ? h('table', { class: 'grid functions' },
          h('thead', null, h('tr', null, ['Name', 'Runtime', 'Handler', 'Memory', 'Timeout', 'Last modified'].map(c => h('th', null, c)))),
          h('tbody', null, functions.map(f => h('tr', null,
            h('td', null, link(href('functions', f.FunctionName), f.FunctionName)),
            h('td', null, f.Runtime ?? f.PackageType ?? ''),
            h('td', null, h('code', null, f.Handler ?? '')),
            h('td', null, `${f.MemorySize} MB`),
            h('td', null, `${f.Timeout} s`),
            h('td', null, lambdaDate(f.LastModified))))))
        : h('p', { class: 'summary' }, 'No functions. Create one with the Lambda API (aws lambda create-function --endpoint-url ...) or cairn serve --functions DIR.'));
    } catch (e) {
      replace(body, errorBox(e));
    }
  };
  void load();
  return { el: h('div', { class: 'page' }, h('div', { class: 'page-head' }, h('h1', null, 'Functions')), body) };
}
