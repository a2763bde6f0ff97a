// Times the benchmark expressions (expressions.json) with the reference jsonata package, the way
// Cairn.Bench's "jsonata" runner mode does: compile once, warm up, then batches of evaluations back to
// back for a fixed time; the number reported is the median time per evaluation over the batches.
// Usage: node jsonata-bench.mjs [--seconds 2] [--warmup 0.5] [--json FILE] [--filter NAME]
import jsonata from 'jsonata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { here, loadDataset, loadExpressions, parseOptions } from './common.mjs';

const options = parseOptions(process.argv.slice(2), { seconds: 2, warmup: 0.5, json: '', filter: '' });
const version = JSON.parse(readFileSync(join(here, 'node_modules', 'jsonata', 'package.json'), 'utf8')).version;

// A batch is timed as a whole so timer resolution does not matter; it lasts at least this long.
const minBatchNs = 500_000n;

async function timeBatch(compiled, input, size) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < size; i++) await compiled.evaluate(input);
  return process.hrtime.bigint() - start;
}

async function measure(entry) {
  const compiled = jsonata(entry.expr);
  const input = loadDataset(entry.dataset);
  const result = await compiled.evaluate(input);

  let size = 1;
  while ((await timeBatch(compiled, input, size)) < minBatchNs) size *= 2;

  const runFor = async (seconds, samples) => {
    const budget = BigInt(Math.round(seconds * 1e9));
    const start = process.hrtime.bigint();
    while (process.hrtime.bigint() - start < budget) {
      const ns = await timeBatch(compiled, input, size);
      samples?.push(Number(ns) / size);
    }
  };
  await runFor(options.warmup, null);
  if (global.gc) global.gc();
  const samples = [];
  await runFor(options.seconds, samples);
  samples.sort((a, b) => a - b);
  const median = samples[Math.max(0, Math.ceil(0.5 * samples.length) - 1)];
  return {
    name: entry.name,
    medianUs: median / 1000,
    batches: samples.length,
    batchSize: size,
    evaluations: samples.length * size,
    result: result === undefined ? null : JSON.stringify(result),
  };
}

const results = [];
console.log(`jsonata ${version} on node ${process.version}: ${options.warmup} s warm-up, ${options.seconds} s measured each`);
console.log(`${'expression'.padEnd(22)} ${'median us'.padStart(12)} ${'evaluations'.padStart(12)}`);
for (const entry of loadExpressions().filter((e) => !options.filter || e.name.includes(options.filter))) {
  const r = await measure(entry);
  results.push(r);
  console.log(`${r.name.padEnd(22)} ${r.medianUs.toFixed(3).padStart(12)} ${String(r.evaluations).padStart(12)}`);
}

if (options.json) {
  writeFileSync(options.json, JSON.stringify({ implementation: `jsonata ${version}`, runtime: `node ${process.version}`, results }, null, 2));
  console.log(`JSON written to ${options.json}`);
}
