// Runs the JSONata test suite against the reference jsonata package with the same reading of the case
// files as tests/Cairn.Jsonata.Tests (data / dataset / expr-file, unordered, timelimit + depth as the
// reference's own runner applies them), to confirm that reading: the reference should pass every case.
// Usage: node reference-suite.mjs [--filter SUBSTRING]
import jsonata from 'jsonata';
import { deepStrictEqual } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, parseOptions, suiteDir } from './common.mjs';

const options = parseOptions(process.argv.slice(2), { filter: '' });
const groups = join(suiteDir(), 'groups');
let passed = 0;
const failed = [];
for (const group of readdirSync(groups).sort()) {
  for (const file of readdirSync(join(groups, group)).filter((f) => f.endsWith('.json')).sort()) {
    const content = JSON.parse(readFileSync(join(groups, group, file), 'utf8'));
    const cases = Array.isArray(content) ? content : [content];
    for (const [i, c] of cases.entries()) {
      const id = `${group}/${file.slice(0, -5)}${Array.isArray(content) ? `[${i}]` : ''}`;
      if (options.filter && !id.includes(options.filter)) continue;
      const problem = await check(c, join(groups, group));
      if (problem) failed.push(`${id}  ${problem}`);
      else passed++;
    }
  }
}
for (const f of failed) console.log(f);
console.log(`reference jsonata on the suite: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);

async function check(c, groupDir) {
  const expr = c.expr ?? readFileSync(join(groupDir, c['expr-file']), 'utf8');
  const input = 'data' in c ? c.data : loadDataset(c.dataset);
  let result;
  try {
    const compiled = jsonata(expr);
    if ('timelimit' in c || 'depth' in c) timebox(compiled, c.timelimit ?? 10000, c.depth ?? 0);
    result = await compiled.evaluate(input, c.bindings);
  } catch (e) {
    const expected = c.code ?? c.error?.code;
    if (expected === undefined) return `threw ${e.code}: ${e.message}`;
    return e.code === expected ? null : `threw ${e.code} instead of ${expected}`;
  }
  if ('code' in c || 'error' in c) return `returned ${JSON.stringify(result)} instead of throwing`;
  if (c.undefinedResult) return result === undefined ? null : `returned ${JSON.stringify(result)} instead of undefined`;
  const actual = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
  try {
    if (c.unordered) deepStrictEqual([...actual].map((x) => JSON.stringify(x)).sort(), c.result.map((x) => JSON.stringify(x)).sort());
    else deepStrictEqual(actual, c.result);
    return null;
  } catch {
    return `returned ${JSON.stringify(actual)?.slice(0, 200)}`;
  }
}

// The reference runner's guard: U1001 when nested evaluations go deeper than the depth or time runs out.
function timebox(compiled, timeout, maxDepth) {
  let depth = 0;
  const started = Date.now();
  const check = () => {
    if (maxDepth > 0 && depth > maxDepth) throw { code: 'U1001', message: 'Stack overflow error' };
    if (Date.now() - started > timeout) throw { code: 'U1001', message: 'Expression evaluation timeout' };
  };
  compiled.assign(Symbol.for('jsonata.__evaluate_entry'), (expr, input, env) => { if (!env.isParallelCall) { depth++; check(); } });
  compiled.assign(Symbol.for('jsonata.__evaluate_exit'), (expr, input, env) => { if (!env.isParallelCall) { depth--; check(); } });
}
