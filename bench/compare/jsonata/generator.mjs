// Random JSONata expressions from a small grammar, built from the paths and values that occur in a dataset,
// so that most expressions select something. Seeded, so a run can be repeated.

/** mulberry32: small, fast and good enough to pick grammar rules. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quoteName = (name) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : '`' + name + '`');
const stringLiteral = (s) => JSON.stringify(s);

/** Every path of object keys in the data (arrays are looked through), with the leaf values seen there. */
function collectPaths(data) {
  const paths = new Map();
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((v) => walk(v, path));
      return;
    }
    if (path.length > 0) {
      const key = path.join('\u0000');
      if (!paths.has(key)) paths.set(key, { steps: path, values: [] });
      if (value === null || typeof value !== 'object') paths.get(key).values.push(value);
    }
    if (value && typeof value === 'object' && path.length < 5) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return [...paths.values()];
}

export class ExpressionGenerator {
  constructor(seed, maxDepth) {
    this.next = random(seed);
    this.maxDepth = maxDepth;
  }

  int(n) {
    return Math.floor(this.next() * n);
  }

  pick(items) {
    return items[this.int(items.length)];
  }

  chance(p) {
    return this.next() < p;
  }

  expression(data) {
    this.paths = collectPaths(data);
    this.numericPaths = this.paths.filter((p) => p.values.some((v) => typeof v === 'number'));
    this.stringPaths = this.paths.filter((p) => p.values.some((v) => typeof v === 'string'));
    this.objectPaths = this.paths.filter((p) => p.values.length === 0);
    return this.any(this.maxDepth);
  }

  // ---- paths -------------------------------------------------------------------------------------

  path(from = this.paths) {
    const chosen = from.length > 0 ? this.pick(from) : { steps: ['missing'], values: [] };
    const steps = chosen.steps.map(quoteName);
    if (this.chance(0.15) && steps.length > 1) steps[this.int(steps.length - 1)] = '*';
    if (this.chance(0.1)) return '**.' + steps[steps.length - 1];
    if (this.chance(0.35) && steps.length > 1) {
      const at = this.int(steps.length - 1);
      steps[at] += this.predicate(chosen.steps.slice(0, at + 1));
    }
    if (this.chance(0.1)) steps[steps.length - 1] += `[${this.pick([0, 1, -1])}]`;
    return steps.join('.');
  }

  /** A predicate on a child of the given path, comparing with a value that occurs there. */
  predicate(prefix) {
    const children = this.paths.filter((p) => p.steps.length === prefix.length + 1 && prefix.every((s, i) => p.steps[i] === s) && p.values.length > 0);
    if (children.length === 0 || this.chance(0.2)) return `[${this.pick([0, 1, -1, '$count($) > 0'])}]`;
    const child = this.pick(children);
    const value = this.pick(child.values);
    const name = quoteName(child.steps[child.steps.length - 1]);
    if (typeof value === 'number') return `[${name} ${this.pick(['=', '!=', '<', '<=', '>', '>='])} ${value}]`;
    if (typeof value === 'string') return `[${name} ${this.pick(['=', '!='])} ${stringLiteral(value)}]`;
    return `[${name}]`;
  }

  // ---- typed expressions -------------------------------------------------------------------------

  number(depth) {
    const leaf = [
      () => String(this.pick([0, 1, 2, 3, 7, 10, 0.5, 1.25, -4, 100])),
      () => this.path(this.numericPaths),
      () => `$count(${this.path()})`,
    ];
    if (depth <= 0) return this.pick(leaf)();
    return this.pick([
      ...leaf,
      () => `$${this.pick(['sum', 'max', 'min', 'average'])}(${this.path(this.numericPaths)})`,
      () => `(${this.number(depth - 1)} ${this.pick(['+', '-', '*', '/', '%'])} ${this.number(depth - 1)})`,
      () => `$${this.pick(['abs', 'floor', 'ceil', 'sqrt'])}(${this.number(depth - 1)})`,
      () => `$round(${this.number(depth - 1)}, ${this.int(3)})`,
      () => `$length(${this.string(depth - 1)})`,
      () => `$number(${this.pick(['"12"', '"-3.5"', '"1e3"', '"0x1F"'])})`,
      () => `$sum([1..${1 + this.int(20)}].($ * ${this.number(0)}))`,
    ])();
  }

  string(depth) {
    const leaf = [
      () => stringLiteral(this.pick(['', 'a', 'Hello World', 'x-y-z', '  padded  ', 'Ünïcode'])),
      () => this.path(this.stringPaths),
    ];
    if (depth <= 0) return this.pick(leaf)();
    return this.pick([
      ...leaf,
      () => `${this.string(depth - 1)} & ${this.string(depth - 1)}`,
      () => `$${this.pick(['uppercase', 'lowercase', 'trim'])}(${this.string(depth - 1)})`,
      () => `$substring(${this.string(depth - 1)}, ${this.int(4) - 1}${this.chance(0.5) ? `, ${this.int(5)}` : ''})`,
      () => `$substringBefore(${this.string(depth - 1)}, ${stringLiteral(this.pick([' ', 'a', '-']))})`,
      () => `$substringAfter(${this.string(depth - 1)}, ${stringLiteral(this.pick([' ', 'a', '-']))})`,
      () => `$string(${this.any(depth - 1)})`,
      () => `$join(${this.path(this.stringPaths)}, ${stringLiteral(this.pick([', ', '', '|']))})`,
      () => `$replace(${this.string(depth - 1)}, ${this.pick(['"a"', '/[aeiou]/', '/\\s+/', '/(\\w)(\\w)/'])}, ${this.pick(['"_"', '"$2$1"', '""'])})`,
      () => `$pad(${this.string(depth - 1)}, ${this.int(12) - 6}, ${stringLiteral(this.pick([' ', '#']))})`,
      () => `$formatNumber(${this.number(depth - 1)}, ${stringLiteral(this.pick(['#,##0.00', '0.0##', '#0%', '000', '#,###.#e0']))})`,
      () => `$formatBase(${this.number(depth - 1)}, ${this.pick([2, 8, 16, 36])})`,
    ])();
  }

  boolean(depth) {
    const leaf = [
      () => this.pick(['true', 'false']),
      () => `$exists(${this.path()})`,
    ];
    if (depth <= 0) return this.pick(leaf)();
    return this.pick([
      ...leaf,
      () => `${this.number(depth - 1)} ${this.pick(['=', '!=', '<', '<=', '>', '>='])} ${this.number(depth - 1)}`,
      () => `${this.string(depth - 1)} ${this.pick(['=', '!=', '<', '>'])} ${this.string(depth - 1)}`,
      () => `(${this.boolean(depth - 1)} ${this.pick(['and', 'or'])} ${this.boolean(depth - 1)})`,
      () => `$not(${this.boolean(depth - 1)})`,
      () => `$contains(${this.string(depth - 1)}, ${this.pick(['"a"', '"o"', '/[0-9]/', '/^[A-Z]/'])})`,
      () => `${this.any(0)} in ${this.path()}`,
      () => `$boolean(${this.any(depth - 1)})`,
    ])();
  }

  any(depth) {
    if (depth <= 0) return this.pick([() => this.path(), () => this.number(0), () => this.string(0), () => this.boolean(0)])();
    const d = depth - 1;
    const field = () => {
      const p = this.pick(this.paths.length > 0 ? this.paths : [{ steps: ['x'] }]);
      return quoteName(p.steps[p.steps.length - 1]);
    };
    return this.pick([
      () => this.path(),
      () => this.number(depth),
      () => this.string(depth),
      () => this.boolean(depth),
      () => `${this.boolean(d)} ? ${this.any(d)} : ${this.any(d)}`,
      () => `{ ${stringLiteral('k')}: ${this.any(d)}, ${stringLiteral('n')}: ${this.number(d)} }`,
      () => `[${this.any(d)}, ${this.any(d)}]`,
      () => `${this.path(this.objectPaths)}.{ ${stringLiteral('f')}: ${field()} }`,
      () => `${this.path(this.objectPaths)}{ $string(${field()}): $count($) }`,
      () => `$map(${this.path()}, function($v, $i) { [$i, $v] })`,
      () => `$filter(${this.path(this.numericPaths)}, function($v) { $v ${this.pick(['>', '<', '='])} ${this.number(0)} })`,
      () => `$reduce(${this.path(this.numericPaths)}, function($a, $b) { $a ${this.pick(['+', '*', '-'])} $b })`,
      () => `(${this.path(this.objectPaths)})^(${this.pick(['', '>'])}${field()})`,
      () => `$${this.pick(['sort', 'distinct', 'reverse', 'count', 'append', 'keys', 'type'])}(${this.path()})`,
      () => `$lookup(${this.path(this.objectPaths)}, ${stringLiteral(field().replaceAll('`', ''))})`,
      () => `$merge(${this.path(this.objectPaths)})`,
      () => `$spread(${this.path(this.objectPaths)})`,
      () => `${this.path()}[[0..${this.int(3)}]]`,
      () => `($x := ${this.any(d)}; $y := ${this.number(d)}; [$x, $y])`,
      () => `${this.path(this.objectPaths)}.$each(function($v, $k) { $k })`,
      () => `${this.any(d)} ~> $string()`,
      () => `$zip(${this.path()}, ${this.path()})`,
      () => `${this.any(d)} ?: ${this.any(d)}`,
      () => `${this.any(d)} ?? ${this.any(d)}`,
    ])();
  }
}
