/**
 * Finds where a JSON text first breaks the grammar. Node's `JSON.parse` errors give no position
 * for many mistakes (`Unexpected token '}', "{"a":}" is not valid JSON`), and a config error must
 * say the line and column.
 */

export interface JsonSyntaxError {
  /** 0-based offset into the text. */
  offset: number;
  message: string;
}

class Problem {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let pos = 0;

  const found = (): string => (pos >= text.length ? 'end of file' : JSON.stringify(text[pos]));
  const expected = (what: string): Problem => new Problem(pos, `expected ${what}, found ${found()}`);
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos]!)) pos++;
  };

  const string = (): void => {
    pos++;
    for (;;) {
      const char = text[pos];
      if (char === undefined) throw new Problem(pos, 'unterminated string');
      if (char === '"') {
        pos++;
        return;
      }
      if (char === '\\') {
        const escaped = text[pos + 1];
        if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) pos += 2;
        else if (escaped === 'u' && HEX4.test(text.slice(pos + 2, pos + 6))) pos += 6;
        else throw new Problem(pos, 'bad escape sequence in string');
      } else if (char < ' ') {
        throw new Problem(pos, char === '\n' ? 'line break inside a string' : 'control character inside a string');
      } else pos++;
    }
  };

  const number = (): void => {
    NUMBER.lastIndex = pos;
    if (!NUMBER.test(text)) throw expected('a number');
    pos = NUMBER.lastIndex;
  };

  const array = (): void => {
    pos++;
    skipSpace();
    if (text[pos] === ']') {
      pos++;
      return;
    }
    for (;;) {
      value();
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] === ']') {
        pos++;
        return;
      } else throw expected('"," or "]"');
    }
  };

  const object = (): void => {
    pos++;
    skipSpace();
    if (text[pos] === '}') {
      pos++;
      return;
    }
    for (;;) {
      skipSpace();
      if (text[pos] !== '"') throw expected('a property name in double quotes');
      string();
      skipSpace();
      if (text[pos] !== ':') throw expected('":"');
      pos++;
      value();
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] === '}') {
        pos++;
        return;
      } else throw expected('"," or "}"');
    }
  };

  function value(): void {
    skipSpace();
    const char = text[pos];
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    throw expected('a value');
  }

  try {
    value();
    skipSpace();
    if (pos < text.length) throw new Problem(pos, `unexpected ${found()} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (error instanceof Problem) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** 1-based line and column (UTF-16 code units) of a 0-based offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
