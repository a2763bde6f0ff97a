// A definition as JSON text with line numbers, the diagnostics of ValidateStateMachineDefinition
// shown under the lines they point at; an edited copy can be validated in place.
import { call } from '../api/client';
import { errorBox } from '../ui/components';
import { h, replace } from '../ui/dom';
import { locate } from '../ui/json-locate';

interface Diagnostic {
  severity: string;
  code: string;
  message: string;
  location?: string;
}

export function definitionPanel(definition: string, type: string): HTMLElement {
  const pretty = prettyDefinition(definition);
  const output = h('div', { class: 'definition-body' });
  const editor = h('textarea', { class: 'definition-editor', spellcheck: 'false', rows: 24, 'aria-label': 'Definition to validate', hidden: true });
  editor.value = pretty;
  const status = h('p', { class: 'summary', 'aria-live': 'polite' });
  const validate = async (textValue: string) => {
    status.textContent = 'Validating…';
    try {
      const result: any = await call('ValidateStateMachineDefinition', { definition: textValue, type });
      const diagnostics: Diagnostic[] = result.diagnostics ?? [];
      status.textContent = result.result === 'OK' && diagnostics.length === 0 ? 'Valid: no diagnostics.' : `${result.result}: ${diagnostics.length} diagnostic${diagnostics.length === 1 ? '' : 's'}.`;
      replace(output, render(textValue, diagnostics));
    } catch (e) {
      status.textContent = '';
      replace(output, errorBox(e), render(textValue, []));
    }
  };

  const editButton = h('button', {
    type: 'button',
    onclick: () => {
      editor.hidden = !editor.hidden;
      editButton.textContent = editor.hidden ? 'Edit a copy' : 'Close the editor';
      validateButton.hidden = editor.hidden;
    },
  }, 'Edit a copy');
  const validateButton = h('button', { type: 'button', class: 'primary', hidden: true, onclick: () => validate(editor.value) }, 'Validate');
  void validate(pretty);
  return h('div', { class: 'definition' }, h('div', { class: 'toolbar' }, editButton, validateButton, status), editor, output);
}

/** A one-line definition is shown indented; one with its own layout is shown as written. */
function prettyDefinition(definition: string): string {
  if (definition.includes('\n')) return definition;
  try {
    return JSON.stringify(JSON.parse(definition), null, 2);
  } catch {
    return definition;
  }
}

function render(textValue: string, diagnostics: Diagnostic[]): HTMLElement {
  const lines = textValue.split('\n');
  const byLine = new Map<number, Diagnostic[]>();
  const unplaced: Diagnostic[] = [];
  for (const d of diagnostics) {
    const at = d.location !== undefined ? locate(textValue, d.location) : null;
    if (!at) unplaced.push(d);
    else byLine.set(at.line, [...(byLine.get(at.line) ?? []), d]);
  }

  const note = (d: Diagnostic) => h('div', { class: `diagnostic ${d.severity.toLowerCase()}`, role: 'note' },
    h('strong', null, `${d.severity} ${d.code}`), ' ', d.message, d.location ? h('code', null, ` at ${d.location}`) : null);
  const list = diagnostics.length
    ? h('ul', { class: 'diagnostics' }, diagnostics.map(d => h('li', { class: d.severity.toLowerCase() }, `${d.severity} ${d.code}: ${d.message}`, d.location ? h('code', null, ` ${d.location}`) : null)))
    : null;
  const code = h('ol', { class: 'code' }, lines.map((line, i) => {
    const found = byLine.get(i + 1);
    return h('li', { class: found ? 'flagged' : null }, h('code', null, line || ' '), found?.map(note));
  }));
  return h('div', null, list, unplaced.map(note), code);
}
