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

  // ---- the parent operator -----------------------------------------------------------------------

  /**
   * An expression that uses the parent operator % in one of the positions where jsonata resolves it:
   * after a path (one or more levels up, then further steps), in a predicate (also nested ones), in a
   * block, an object or array constructor, a function argument, a sort term, a group-by key, a
   * condition, after a focus or index binding. Some ask for more levels than the path has (S0217).
   */
  parentExpression(data, depth = this.maxDepth) {
    this.paths = collectPaths(data);
    return this.parentForm(depth);
  }

  /** The names of the children of the object at the end of prefix (the input itself for []). */
  childNames(prefix) {
    const names = this.paths
      .filter((p) => p.steps.length === prefix.length + 1 && prefix.every((s, i) => p.steps[i] === s))
      .map((p) => quoteName(p.steps[p.steps.length - 1]));
    return names.length > 0 ? names : ['missing'];
  }

  /** A path of the data with at least two steps where possible, some steps decorated. */
  parentPrefix() {
    const deep = this.paths.filter((p) => p.steps.length >= 2);
    const chosen = deep.length > 0 && this.chance(0.85) ? this.pick(deep) : this.pick(this.paths.length > 0 ? this.paths : [{ steps: ['x'] }]);
    const length = 1 + this.int(chosen.steps.length);
    const raw = chosen.steps.slice(0, length);
    const steps = raw.map(quoteName);
    if (this.chance(0.15) && steps.length > 1) steps[this.int(steps.length - 1)] = '*';
    if (this.chance(0.2)) steps[this.int(steps.length)] += `[${this.pick([0, 1, -1])}]`;
    return { raw, steps };
  }

  /** % repeated n times, joined by dots. */
  ups(n) {
    return Array(n).fill('%').join('.');
  }

  /** A name at the level that n parent operators reach from the end of raw (a child of raw[0..-n-1]). */
  nameAbove(raw, n) {
    return this.pick(this.childNames(raw.slice(0, Math.max(0, raw.length - n))));
  }

  parentForm(depth) {
    const { raw, steps } = this.parentPrefix();
    const path = steps.join('.');
    const levels = raw.length;
    // Mostly within reach of the path; sometimes one level too many.
    const n = this.chance(0.85) ? 1 + this.int(Math.min(levels, 3)) : levels + 1;
    const up = this.ups(n);
    const above = () => this.nameAbove(raw, n);
    const value = () => this.pick(['1', '"a"', 'true', '0']);
    const inner = () => (depth > 0 ? this.parentForm(depth - 1) : `${up}.${above()}`);
    const forms = [
      () => `${path}.${up}`,
      () => `${path}.${up}.${above()}`,
      () => `${path}.${up}.${above()}.${this.pick(['%', '*', '$string()'])}`,
      () => `${path}[${up}.${above()} ${this.pick(['=', '!='])} ${up}.${above()}]`,
      () => `${path}[$exists(${up}.${above()})]`,
      () => `${path}[${this.pick(this.childNames(raw))}[${this.ups(n + 1)}.${this.nameAbove(raw, n)}]]`,
      () => `${path}[${up}.${above()}].${this.pick(this.childNames(raw))}`,
      () => `${path}.(${up}.${above()})`,
      () => `${path}.($p := ${up}; $p.${above()})`,
      () => `${path}.(${up})`,
      () => `(${path}).${up}`,
      () => `${path}.{ "k": ${up}.${above()}, "n": $count(${up}) }`,
      () => `${path}.[${up}.${above()}, ${up}]`,
      () => `${path}.$string(${up}.${above()})`,
      () => `${path}.$count(${up}.${above()})`,
      () => `${path}^(${up}.${above()})`,
      () => `${path}{ $string(${up}.${above()}): $count($) }`,
      () => `${path}.(${up}.${above()} ? ${up} : ${value()})`,
      () => `${path}@$v.${up}`,
      () => `${path}#$i.{ "i": $i, "p": ${up} }`,
      () => `${path}.${this.pick(this.childNames(raw))}.${this.ups(n + 1)}`,
      () => `$count(${path}.${up})`,
      () => `${path}.(${inner()})`,
      () => `${path}[${inner()}]`,
      () => `${path}.${up}[${this.pick(['0', '-1', '$exists($)'])}]`,
      () => `${up}`,
      () => `$.${path}.${up}`,
      () => `${path}.($x := ${value()}; ${up})`,
      () => `[${path}].${up}`,
    ];
    return this.pick(forms)();
  }

  // ---- date/time pictures ------------------------------------------------------------------------

  /** A date/time picture: literals, doubled brackets and markers, some of them malformed. */
  picture() {
    const parts = [];
    const count = 1 + this.int(4);
    for (let i = 0; i < count; i++) {
      parts.push(this.pick([
        () => this.pick(['-', ':', ' ', 'T', '/', 'at ', '']),
        () => this.pick(['[[', ']]', ']']),
        () => this.marker(),
        () => this.marker(),
      ])());
    }
    if (this.chance(0.15)) parts.push(this.pick(['[', '[M', '[Y0001', '[Z', '[ FNn']));
    return parts.join('');
  }

  marker() {
    const component = this.pick([...'YMDdFWwXxHhPmsfZzCE', ...'YMDHmsZ', 'q', 'N', '1', '']);
    const presentation = this.chance(0.25) ? '' : this.pick(['N', 'n', 'Nn', '1', '01', '001', '0001', 'I', 'i', 'w', 'W', 'Ww', '#1', '1o', '01t', '1c', '0123', '01:01', '01:01t', 'Z']);
    const width = this.chance(0.75) ? '' : this.pick([',2', ',2-3', ',*-2', ',3-*', ',1-1', ',x']);
    const space = this.chance(0.1) ? ' ' : '';
    return `[${space}${component}${presentation}${width}${space}]`;
  }

  /**
   * $fromMillis with a generated picture, or $toMillis of what it wrote. A picture that leaves
   * components out makes $toMillis take them from the current date, so only the type of its
   * result (or its error) is compared.
   */
  dateTimeExpression() {
    const picture = stringLiteral(this.picture());
    const millis = this.pick(['0', '1521801216617', '951782400000', '1700000000000']);
    return this.pick([
      () => `$fromMillis(${millis}, ${picture})`,
      () => `$fromMillis(${millis}, ${picture}, ${stringLiteral(this.pick(['+0100', '-0530', '0000']))})`,
      () => `$type($toMillis($fromMillis(${millis}, ${picture}), ${picture}))`,
      () => `$type($toMillis(${stringLiteral(this.pick(['2018', '2018-03-23', '23 March 2018', 'Friday', '12:30', '']))}, ${picture}))`,
    ])();
  }
}
