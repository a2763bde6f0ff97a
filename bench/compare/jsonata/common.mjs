// Shared by the JSONata comparison scripts: locating the suite's datasets and the benchmark expressions.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, '..', '..', '..');

/** The JSONata test suite folder: CAIRN_JSONATA_SUITE_DIR, else ../shared/conformance/jsonata beside the repository. */
export function suiteDir() {
  const dir = process.env.CAIRN_JSONATA_SUITE_DIR || resolve(repo, '..', 'shared', 'conformance', 'jsonata');
  if (!existsSync(join(dir, 'datasets'))) {
    throw new Error(`JSONata suite datasets not found in ${dir} (set CAIRN_JSONATA_SUITE_DIR)`);
  }
  return dir;
}

/** A dataset by name; null or undefined names give an undefined input. */
export function loadDataset(name) {
  if (name === null || name === undefined) return undefined;
  return JSON.parse(readFileSync(join(suiteDir(), 'datasets', `${name}.json`), 'utf8'));
}

export function loadExpressions() {
  return JSON.parse(readFileSync(join(here, 'expressions.json'), 'utf8')).expressions;
}

/** Parses --name value options into an object; flags without a value are not used by these scripts. */
export function parseOptions(argv, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!name.startsWith('--') || i + 1 >= argv.length) throw new Error(`bad argument ${name}`);
    const key = name.slice(2);
    if (!(key in defaults)) throw new Error(`unknown option ${name}`);
    options[key] = typeof defaults[key] === 'number' ? Number(argv[++i]) : argv[++i];
  }
  return options;
}

/** JSON text of a value with object keys sorted, so results compare regardless of member order. */
export function canonicalJson(value) {
  const canonical = (v) =>
    Array.isArray(v) ? v.map(canonical)
    : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]))
    : v;
  return value === undefined ? undefined : JSON.stringify(canonical(value));
}
