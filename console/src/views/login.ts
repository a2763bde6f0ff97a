// Signing in: the server was started with an access key, and the console signs every request
// with that key pair (SigV4), as the AWS CLI and SDKs do.
import { forgetCredentials, saveCredentials } from '../api/session';
import { h } from '../ui/dom';

let open = false;

export function showLogin(reason: string, done: () => void): void {
  if (open) return;
  open = true;
  forgetCredentials();
  const accessKey = h('input', { name: 'accessKeyId', type: 'text', autocomplete: 'username', spellcheck: 'false', required: true });
  const secretKey = h('input', { name: 'secretAccessKey', type: 'password', autocomplete: 'current-password', required: true });
  const remember = h('input', { name: 'remember', type: 'checkbox' });
  const dialog = h('dialog', { class: 'dialog login', 'aria-label': 'Sign in' },
    h('form', {
      method: 'dialog',
      onsubmit: (event: Event) => {
        event.preventDefault();
        if (!accessKey.value || !secretKey.value) return;
        saveCredentials({ accessKeyId: accessKey.value.trim(), secretAccessKey: secretKey.value }, remember.checked);
        dialog.close();
        dialog.remove();
        open = false;
        done();
      },
    },
      h('h2', null, 'Sign in'),
      h('p', { class: 'intro' }, reason),
      h('p', { class: 'intro' }, 'Give the key pair cairn serve was started with (--access-key, --secret-key). The secret key stays in this browser: it signs requests and is never sent.'),
      h('label', { class: 'field' }, h('span', null, 'Access key ID'), accessKey),
      h('label', { class: 'field' }, h('span', null, 'Secret access key'), secretKey),
      h('label', { class: 'check' }, remember, 'Remember on this browser'),
      h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in'))));
  dialog.addEventListener('cancel', event => event.preventDefault());
  document.body.append(dialog);
  dialog.showModal();
  accessKey.focus();
}
