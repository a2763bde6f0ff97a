// Differential check: random expressions from a small grammar over the JSONata suite's datasets, evaluated
// by the reference jsonata package and by Cairn.Jsonata (Cairn.Bench's "jsonata-eval" mode); prints the
// disagreements. Not part of the test run: a tool for finding bugs the suite does not cover.
// Usage: node differential.mjs [--count 500] [--seed 1] [--depth 3] [--show 25] [--out DIR] [--grammar mixed|parent|datetime]
// --grammar parent: every expression uses the parent operator % (after paths, in predicates, blocks, ...);
// --grammar datetime: $fromMillis/$toMillis with generated (also malformed) picture strings.
// --record FILE: writes the expressions and the reference's outcomes as a table Cairn's tests replay
// (tests/Cairn.Jsonata.Tests/Differential); for datetime only the picture errors (D3130-D3135) and
// $fromMillis without a negative offset (where the reference's own arithmetic is off by an hour).
// Environment: CAIRN_JSONATA_SUITE_DIR (suite with the datasets), CAIRN_BENCH_ARTIFACTS (dotnet build output).
// Exit code: 0 when both agree on every expression, 1 when they disagree on some.
import jsonata from 'jsonata';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonicalJson, loadDataset, parseOptions, repo } from './common.mjs';
import { ExpressionGenerator } from './generator.mjs';

const options = parseOptions(process.argv.slice(2), { count: 500, seed: 1, depth: 3, show: 25, out: '', grammar: 'mixed', record: '' });
const out = options.out || mkdtempSync(join(tmpdir(), 'cairn-jsonata-diff-'));
mkdirSync(out, { recursive: true });
const datasetNames = ['dataset0', 'dataset1', 'dataset5', 'dataset4', 'dataset9', 'dataset21', 'employees', 'library', 'dataset24'];
const datasets = Object.fromEntries(datasetNames.map((n) => [n, loadDataset(n)]));

// 1. Generate and evaluate with the reference.
const generator = new ExpressionGenerator(options.seed, options.depth);
const cases = [];
let functionResults = 0;
for (let i = 0; cases.length < options.count && i < options.count * 4; i++) {
  const dataset = datasetNames[generator.int(datasetNames.length)];
  const expr = options.grammar === 'parent' ? generator.parentExpression(datasets[dataset])
    : options.grammar === 'datetime' ? generator.dateTimeExpression()
    : generator.expression(datasets[dataset]);
  const reference = await evaluateReference(expr, datasets[dataset]);
  if (reference === 'function') {
    functionResults++; // A function has no JSON form to compare.
    continue;
  }
  cases.push({ expr, dataset, reference });
}

// 2. Evaluate with Cairn.
const artifacts = process.env.CAIRN_BENCH_ARTIFACTS || '/tmp/art-bench';
const project = join(repo, 'bench', 'Cairn.Bench');
const inputPath = join(out, 'expressions.json');
const outputPath = join(out, 'cairn-outcomes.json');
writeFileSync(inputPath, JSON.stringify(cases.map(({ expr, dataset }) => ({ expr, dataset }))));
run('dotnet', ['build', project, '-c', 'Release', '--artifacts-path', artifacts, '-nologo', '-v', 'quiet']);
run('dotnet', ['run', '--no-build', '-c', 'Release', '--artifacts-path', artifacts, '--project', project, '--', 'jsonata-eval', inputPath, outputPath]);
const cairn = JSON.parse(readFileSync(outputPath, 'utf8'));

// 3. Compare.
const disagreements = [];
cases.forEach((c, i) => {
  const kind = disagreement(c.reference, cairn[i]);
  if (kind) disagreements.push({ kind, expr: c.expr, dataset: c.dataset, reference: c.reference, cairn: cairn[i] });
});
writeFileSync(join(out, 'disagreements.json'), JSON.stringify(disagreements, null, 2));
if (options.record) {
  const recorded = cases.filter((c) => recordable(c)).map(({ expr, dataset, reference }) => ({ expr, dataset, reference }));
  const lines = recorded.map((c) => '  ' + JSON.stringify(c)).join(',\n');
  writeFileSync(options.record, `{"grammar": ${JSON.stringify(options.grammar)}, "seed": ${options.seed}, "cases": [\n${lines}\n]}\n`);
  console.log(`recorded ${recorded.length} cases in ${options.record}`);
}

const byKind = Object.entries(countBy(disagreements, (d) => d.kind)).map(([k, n]) => `${k}: ${n}`);
const outcomes = Object.entries(countBy(cases, (c) => Object.keys(c.reference)[0])).map(([k, n]) => `${k} ${n}`);
console.log(`${cases.length} expressions (grammar ${options.grammar}, seed ${options.seed}, depth ${options.depth}; reference outcomes: ${outcomes.join(', ')}; ${functionResults} with function results skipped)`);
console.log(`agree: ${cases.length - disagreements.length}, disagree: ${disagreements.length}${byKind.length ? ` (${byKind.join(', ')})` : ''}`);
for (const d of disagreements.slice(0, options.show)) {
  console.log(`\n[${d.kind}] ${d.dataset}: ${d.expr}\n  reference: ${show(d.reference)}\n  cairn:     ${show(d.cairn)}`);
}
console.log(`\nAll disagreements: ${join(out, 'disagreements.json')}`);
process.exit(disagreements.length === 0 ? 0 : 1);

async function evaluateReference(expr, input) {
  try {
    const compiled = jsonata(expr);
    const started = Date.now();
    compiled.assign(Symbol.for('jsonata.__evaluate_entry'), () => {
      if (Date.now() - started > 2000) throw { code: 'U1001', message: 'Expression evaluation timeout' };
    });
    const result = await compiled.evaluate(input);
    if (result === undefined) return { undefined: true };
    if (containsFunction(result)) return 'function';
    return { result: plainJson(result) };
  } catch (e) {
    return { error: { code: e.code ?? 'JS', message: e.message } };
  }
}

function recordable(c) {
  if (options.grammar !== 'datetime') return true;
  if ('error' in c.reference) return /^D313[0-5]$/.test(c.reference.error.code);
  return c.expr.startsWith('$fromMillis(') && !c.expr.includes('"-');
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

// The reference can leave undefined items in a result sequence, which JSON.stringify would turn into
// nulls; JSONata sequences never hold undefined, so they are dropped before comparing.
function plainJson(value) {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(plainJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plainJson(v)]));
  return value;
}

function containsFunction(value) {
  if (typeof value === 'function' || (value && value._jsonata_lambda)) return true;
  if (Array.isArray(value)) return value.some(containsFunction);
  if (value && typeof value === 'object') return Object.values(value).some(containsFunction);
  return false;
}

/** Null when the outcomes agree (same JSON result, both undefined, or the same error code). */
function disagreement(reference, cairn) {
  if ('crash' in cairn) return 'cairn crashed';
  if ('error' in reference || 'error' in cairn) {
    if (!('error' in cairn)) return 'only the reference failed';
    if (!('error' in reference)) return 'only cairn failed';
    return reference.error.code === cairn.error.code ? null : 'different error codes';
  }
  if ('undefined' in reference || 'undefined' in cairn) return 'undefined' in reference && 'undefined' in cairn ? null : 'undefined vs value';
  if (canonicalJson(reference.result) === canonicalJson(cairn.result)) return null;
  return nearlyEqual(reference.result, cairn.result) ? 'last-digit float difference' : 'different results';
}

function nearlyEqual(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => nearlyEqual(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && nearlyEqual(a[k], b[k]));
  }
  return a === b;
}

function show(outcome) {
  const text = JSON.stringify(outcome);
  return text.length > 300 ? text.slice(0, 300) + '...' : text;
}

function run(command, args) {
  const r = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: repo });
  if (r.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (${r.status})`);
    process.exit(2);
  }
}
