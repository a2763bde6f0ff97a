// Joins the two runners' JSON results into one side-by-side table.
// Usage: node report.mjs CAIRN_JSON ALS_JSON [--target N]
import { readFileSync } from 'node:fs';

const [cairnPath, alsPath, ...rest] = process.argv.slice(2);
const target = rest[0] === '--target' ? Number(rest[1]) : 10;
const cairn = JSON.parse(readFileSync(cairnPath, 'utf8'));
const als = JSON.parse(readFileSync(alsPath, 'utf8'));
const alsByName = new Map(als.results.map((r) => [r.workload, r]));

// Object member order is not significant in JSON, so compare with keys sorted.
const canonical = (value) =>
  Array.isArray(value) ? value.map(canonical)
  : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]))
  : value;
const sameOutput = (a, b) => JSON.stringify(canonical(JSON.parse(a))) === JSON.stringify(canonical(JSON.parse(b)));

const header = ['workload', 'Cairn median ms', 'aws-local-sfn median ms', 'speed-up', 'Cairn transitions/s', 'same output'];
const rows = cairn.results.map((c) => {
  const other = alsByName.get(c.workload);
  const speedUp = other ? other.medianMs / c.medianMs : NaN;
  return {
    speedUp,
    cells: [
      c.workload,
      c.medianMs.toFixed(4),
      other ? other.medianMs.toFixed(4) : 'n/a',
      Number.isFinite(speedUp) ? `${speedUp.toFixed(1)}x` : 'n/a',
      Math.round(c.transitionsPerSecond).toLocaleString('en-US'),
      other ? (sameOutput(c.output, other.output) ? 'yes' : 'NO') : 'n/a',
    ],
  };
});

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(`Cairn: ${cairn.runtime}, ${cairn.processors} processors; aws-local-stepfunctions: ${als.runtime}`);
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(r.cells));

const below = rows.filter((r) => !(r.speedUp >= target));
console.log(below.length === 0
  ? `Cairn is at least ${target}x faster on every workload.`
  : `Below the ${target}x target: ${below.map((r) => r.cells[0]).join(', ')}`);
