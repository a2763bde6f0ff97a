// Starting an execution from the console, with an input editor.
import { call } from '../api/client';
import { href, navigate } from '../router';
import { checkJson, showDialog } from '../ui/dialog';
import { h } from '../ui/dom';

/** Asks for an input (and an optional name) and starts an execution of `targetArn` (a machine, version or alias); goes to it. */
export async function startExecution(targetArn: string, input = '{}'): Promise<void> {
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
