// Starting an execution from the console, with an input editor.
import { call } from '../api/client';
import { href, navigate } from '../router';
import { checkJson, showDialog } from '../ui/dialog';
import { jsonBlock } from '../ui/components';
import { h } from '../ui/dom';

/**
 * Asks for an input (and an optional name) and starts an execution of `targetArn` (a machine,
 * version or alias); goes to it. An Express machine's executions are not recorded (as in AWS):
 * it runs synchronously and its result is shown.
 */
export async function startExecution(targetArn: string, input = '{}', express = false): Promise<void> {
  if (express) return startSync(targetArn, input);
  const started = await showDialog<string>(
    'Start execution',
    h('p', null, 'Of ', h('code', null, targetArn)),
    [
      { name: 'input', label: 'Input (JSON)', value: input, multiline: true, check: checkJson },
      { name: 'name', label: 'Name (optional: a new one is made)', placeholder: 'generated' },
    ],
    'Start',
    async values => {
      const request: Record<string, string> = { stateMachineArn: targetArn, input: values.input };
      if (values.name.trim()) request.name = values.name.trim();
      const result: any = await call('StartExecution', request);
      return result.executionArn as string;
    });
  if (started) navigate(href('executions', started));
}

async function startSync(targetArn: string, input: string): Promise<void> {
  const result = await showDialog<any>(
    'Run Express execution',
    h('p', null, 'Runs ', h('code', null, targetArn), ' and waits for its result (StartSyncExecution): Express executions keep no history.'),
    [{ name: 'input', label: 'Input (JSON)', value: input, multiline: true, check: checkJson }],
    'Run',
    values => call('StartSyncExecution', { stateMachineArn: targetArn, input: values.input }));
  if (!result) return;
  await showDialog(
    `Execution ${result.status}`,
    h('div', { class: 'sync-result' },
      h('p', null, h('code', null, result.executionArn)),
      result.output !== undefined ? [h('h3', null, 'Output'), jsonBlock(result.output, 'Execution output')] : null,
      result.error !== undefined ? [h('h3', null, 'Error'), h('p', { class: 'error-name' }, result.error), h('pre', { class: 'cause' }, result.cause ?? '')] : null),
    [],
    'Close',
    async () => true);
}
