// Runs each shared workload with aws-local-stepfunctions in process, measured like Cairn's
// workload runner: verify once, warm up, then one execution after the other for a fixed time.
// Usage: node als-bench.mjs [--seconds N] [--warmup N] [--json FILE] [--filter NAME]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StateMachine } from 'aws-local-stepfunctions';

const here = dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const options = { seconds: 3, warmup: 1, json: null, filter: null };
  for (let i = 0; i < argv.length; i++) {
    const value = () => argv[++i];
    switch (argv[i]) {
      case '--seconds': options.seconds = Number(value()); break;
      case '--warmup': options.warmup = Number(value()); break;
      case '--json': options.json = value(); break;
      case '--filter': options.filter = value(); break;
      default: throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  return options;
}

// Same lookup as the Cairn runner: CAIRN_WORKLOADS, else ../shared/bench/workloads beside the repository.
function workloadDirectory() {
  if (process.env.CAIRN_WORKLOADS) return resolve(process.env.CAIRN_WORKLOADS);
  const candidate = resolve(here, '..', '..', '..', 'shared', 'bench', 'workloads');
  if (!existsSync(candidate)) throw new Error(`Workloads not found at ${candidate}; set CAIRN_WORKLOADS`);
  return candidate;
}

// Runs executions until the time is up; each is awaited before the next starts.
async function runFor(machine, input, seconds, samples) {
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let now = start;
  while (now - start < budget) {
    const before = now;
    await machine.run(input).result;
    now = process.hrtime.bigint();
    samples?.push(Number(now - before) / 1e6);
  }
  return Number(now - start) / 1e9;
}

// Nearest-rank percentile over sorted samples, as in the Cairn runner.
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const options = parseArgs(process.argv.slice(2));
const directory = workloadDirectory();
const names = readdirSync(directory)
  .filter((f) => f.endsWith('.asl.json'))
  .map((f) => f.slice(0, -'.asl.json'.length))
  .filter((n) => !options.filter || n.includes(options.filter))
  .sort();

console.log(`aws-local-stepfunctions, node ${process.version}: ${options.warmup} s warm-up, ${options.seconds} s measured each`);
const results = [];
for (const name of names) {
  const definition = JSON.parse(readFileSync(join(directory, `${name}.asl.json`), 'utf8'));
  const input = JSON.parse(readFileSync(join(directory, `${name}.input.json`), 'utf8'));
  // Constructed (and validated) once, like Cairn's compile-once setup.
  const machine = new StateMachine(definition);
  // A failing execution rejects here, so a broken run is never timed; the output is kept for comparison.
  const output = JSON.stringify(await machine.run(input).result);
  await runFor(machine, input, options.warmup, null);
  globalThis.gc?.();

  const samples = [];
  const elapsed = await runFor(machine, input, options.seconds, samples);
  samples.sort((a, b) => a - b);
  const result = {
    workload: name,
    executions: samples.length,
    seconds: elapsed,
    medianMs: percentile(samples, 0.5),
    p99Ms: percentile(samples, 0.99),
    executionsPerSecond: samples.length / elapsed,
    output,
  };
  results.push(result);
  console.log(`${name.padEnd(18)} ${String(result.executions).padStart(10)} executions  median ${result.medianMs.toFixed(4)} ms  p99 ${result.p99Ms.toFixed(4)} ms`);
}

if (options.json) {
  writeFileSync(options.json, JSON.stringify({ implementation: 'aws-local-stepfunctions', runtime: `node ${process.version}`, results }, null, 2));
}
