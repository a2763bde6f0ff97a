// Joins the two JSONata timing results into one side-by-side table.
// Usage: node report.mjs CAIRN_JSON REFERENCE_JSON
import { readFileSync } from 'node:fs';
import { canonicalJson } from './common.mjs';

const [cairnPath, referencePath] = process.argv.slice(2);
const cairn = JSON.parse(readFileSync(cairnPath, 'utf8'));
const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
const referenceByName = new Map(reference.results.map((r) => [r.name, r]));

// Both sides write the result as JSON text (null when undefined); compare with object keys sorted.
const same = (a, b) => (a === null || b === null ? a === b : canonicalJson(JSON.parse(a)) === canonicalJson(JSON.parse(b)));

const header = ['expression', 'Cairn median us', `${reference.implementation} median us`, 'speed-up', 'same result'];
const rows = cairn.results.map((c) => {
  const other = referenceByName.get(c.name);
  const speedUp = other ? other.medianUs / c.medianUs : NaN;
  return [
    c.name,
    c.medianUs.toFixed(3),
    other ? other.medianUs.toFixed(3) : 'n/a',
    Number.isFinite(speedUp) ? `${speedUp.toFixed(1)}x` : 'n/a',
    other ? (same(c.result, other.result) ? 'yes' : 'NO') : 'n/a',
  ];
});

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(`Cairn.Jsonata: ${cairn.runtime}, ${cairn.processors} processors; ${reference.implementation}: ${reference.runtime}`);
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
for (const r of rows) console.log(line(r));

const ratios = rows.map((r) => parseFloat(r[3])).filter(Number.isFinite);
if (ratios.length > 0) {
  const geomean = Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length);
  console.log(`Geometric mean speed-up (reference median / Cairn median): ${geomean.toFixed(1)}x over ${ratios.length} expressions`);
}
const differing = rows.filter((r) => r[4] === 'NO').map((r) => r[0]);
if (differing.length > 0) console.log(`Different results: ${differing.join(', ')}`);
