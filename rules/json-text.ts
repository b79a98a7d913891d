/**
 * JSON text read from a person's file or IT's server: the value, or where the
 * JSON breaks by line and column. Never the parser's own message — it quotes
 * the text, which may be anything (a key file) — and not its position either,
 * which JavaScript engines give for some mistakes and not others: a small
 * scanner finds the first character that cannot be JSON.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = jsonErrorOffset(text);
    if (offset === null) return { ok: false, problem: 'it is not JSON (it is nested too deeply to read)' };
    const { line, column } = lineAndColumn(text, offset);
    const where = offset >= text.length ? `the text ends too soon, at line ${line}, column ${column}` : `error at line ${line}, column ${column}`;
    return { ok: false, problem: `it is not JSON (${where})` };
  }
}

/** 1-based line and column (in UTF-16 units, as editors count most characters) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrt';

/** The offset of the first character that cannot continue JSON; null when the text is JSON after all. Iterative, so deep nesting cannot overflow it. */
export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  let expect: 'value' | 'key' | 'colon' | 'after' = 'value';
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): boolean => {
    for (i++; i < text.length; ) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c !== '\\') i++;
      else if (text[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else if (text[i + 1] !== undefined && text[i + 1] !== 'u' && ESCAPES.includes(text[i + 1]!)) i += 2;
      else return false;
    }
    return false;
  };
  const scalar = (): boolean => {
    if (text[i] === '"') return string();
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      return true;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (!number) return false;
    i += number[0].length;
    return true;
  };
  for (;;) {
    skipSpace();
    const c = text[i];
    const top = stack.at(-1);
    if (c === undefined) return expect === 'after' && top === undefined ? null : i;
    if (expect === 'value' || expect === 'key') {
      // An empty object or array closes at once.
      if ((c === '}' && expect === 'key' && text[lastNonSpaceBefore(text, i)] === '{') || (c === ']' && top === '[' && text[lastNonSpaceBefore(text, i)] === '[')) {
        stack.pop();
        i++;
        expect = 'after';
      } else if (expect === 'key') {
        if (c !== '"' || !string()) return i;
        expect = 'colon';
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        expect = c === '{' ? 'key' : 'value';
      } else if (scalar()) expect = 'after';
      else return i;
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else if (top !== undefined && c === ',') {
      i++;
      expect = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else return i;
  }
}

function lastNonSpaceBefore(text: string, at: number): number {
  let j = at - 1;
  while (j >= 0 && ' \t\n\r'.includes(text[j]!)) j--;
  return j;
}
