// Where a JSON pointer (/States/Check/Choices/0/Next) is in JSON text: the line and column of the
// member's key (or the array element), so diagnostics show at their place in the definition.

export interface TextPosition {
  line: number;
  column: number;
}

/** The position of the deepest existing part of `pointer` in `text`, or null when the text is not JSON. */
export function locate(text: string, pointer: string): TextPosition | null {
  const wanted = pointer === '' || pointer === '/' ? [] : pointer.split('/').slice(1).map(p => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let i = 0;
  let best = 0;
  let depth = 0;

  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      return text.slice(start + 1, i - 1);
    }
  };
  // Walks one member or element at `at` named `key`; returns whether its siblings can still be on the path.
  const member = (onPath: boolean, key: string, at: number): boolean => {
    const match = onPath && depth < wanted.length && key === wanted[depth];
    if (match) {
      best = at;
      depth++;
    }
    value(match);
    ws();
    if (text[i] === ',') i++;
    ws();
    return match && depth < wanted.length ? false : onPath;
  };
  // Walks one value; `onPath` says whether it lies on the pointer's path at `depth`.
  const value = (onPath: boolean): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      while (i < text.length && text[i] !== '}') {
        const keyAt = i;
        const key = str();
        ws();
        i++; // ':'
        onPath = member(onPath, key, keyAt);
      }
      i++;
    } else if (c === '[') {
      i++;
      ws();
      for (let index = 0; i < text.length && text[i] !== ']'; index++) {
        ws();
        onPath = member(onPath, String(index), i);
      }
      i++;
    } else if (c === '"') {
      str();
    } else {
      while (i < text.length && !',}] \t\r\n'.includes(text[i])) i++;
    }
  };

  try {
    JSON.parse(text);
  } catch {
    return null;
  }

  value(true);
  const before = text.slice(0, best);
  const line = before.split('\n').length;
  return { line, column: best - before.lastIndexOf('\n') };
}
