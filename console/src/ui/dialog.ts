// Modal dialogs: a form with fields, resolved with the values or null when cancelled.
import { errorBox } from './components';
import { type Child, h, replace } from './dom';

export interface DialogField {
  name: string;
  label: string;
  value?: string;
  multiline?: boolean;
  placeholder?: string;
  /** Checked as the user types: a message, or null when the value is fine. */
  check?: (value: string) => string | null;
}

/**
 * Shows a dialog; `submit` runs with the values and may throw to keep the dialog open with the
 * error shown (an API error, say). Resolves with what `submit` returned, or null when cancelled.
 */
export function showDialog<T>(title: string, intro: Child, fields: DialogField[], action: string, submit: (values: Record<string, string>) => Promise<T>): Promise<T | null> {
  return new Promise(resolve => {
    const dialog = h('dialog', { class: 'dialog', 'aria-label': title });
    const problems = h('div', { class: 'problems' });
    const inputs = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
    const notes = new Map<string, HTMLElement>();
    const button = h('button', { type: 'submit', class: 'primary' }, action);
    const check = () => {
      let ok = true;
      for (const field of fields) {
        const message = field.check?.(inputs.get(field.name)!.value) ?? null;
        notes.get(field.name)!.textContent = message ?? '';
        if (message) ok = false;
      }
      button.disabled = !ok;
      return ok;
    };

    const form = h('form', { method: 'dialog' },
      h('h2', null, title),
      intro ? h('div', { class: 'intro' }, intro) : null,
      fields.map(field => {
        const input = field.multiline
          ? h('textarea', { name: field.name, rows: 12, spellcheck: 'false', placeholder: field.placeholder ?? null })
          : h('input', { name: field.name, type: 'text', spellcheck: 'false', placeholder: field.placeholder ?? null });
        input.value = field.value ?? '';
        input.addEventListener('input', check);
        inputs.set(field.name, input);
        const note = h('span', { class: 'field-note', 'aria-live': 'polite' });
        notes.set(field.name, note);
        return h('label', { class: 'field' }, h('span', null, field.label), input, note);
      }),
      problems,
      h('div', { class: 'buttons' }, h('button', { type: 'button', onclick: () => close(null) }, 'Cancel'), button));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (!check()) return;
      button.disabled = true;
      replace(problems);
      try {
        const values: Record<string, string> = {};
        for (const [name, input] of inputs) values[name] = input.value;
        close(await submit(values));
      } catch (e) {
        replace(problems, errorBox(e));
        button.disabled = false;
      }
    });

    const close = (value: T | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };

    dialog.addEventListener('cancel', event => {
      event.preventDefault();
      close(null);
    });
    dialog.append(form);
    document.body.append(dialog);
    check();
    dialog.showModal();
    inputs.values().next().value?.focus();
  });
}

/** JSON text check for an input editor. */
export function checkJson(value: string): string | null {
  if (!value.trim()) return 'Give a JSON value ({} for none).';
  try {
    JSON.parse(value);
    return null;
  } catch (e) {
    return `Not valid JSON: ${(e as Error).message}`;
  }
}
