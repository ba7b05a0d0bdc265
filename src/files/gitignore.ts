/**
 * The pattern language of .gitignore files (also read from .guidelintignore), per gitignore(5):
 * `#` comments, `!` negation, a trailing `/` for folders only, a slash at the start or in the
 * middle anchors a pattern to the file's folder, `*` `?` `[…]` never match `/`, and `**` spans
 * folders only as `**\/`, `/**\/` or a trailing `/**`.
 */

export interface IgnorePattern {
  /** The line as written, for messages. */
  source: string;
  /** `!pattern`: re-includes what an earlier pattern excluded. */
  negate: boolean;
  /** `pattern/`: matches folders only. */
  dirOnly: boolean;
  /** Tested against a path relative to the ignore file's folder, `/`-separated. */
  regex: RegExp;
}

export function parseIgnoreFile(text: string): IgnorePattern[] {
  const patterns: IgnorePattern[] = [];
  for (const line of text.split(/\r?\n/)) {
    const pattern = parseIgnoreLine(line);
    if (pattern !== null) patterns.push(pattern);
  }
  return patterns;
}

export function parseIgnoreLine(line: string): IgnorePattern | null {
  // Trailing spaces are dropped unless escaped with a backslash.
  const source = line.replace(/(?<!\\)\s+$/, '');
  if (source === '' || source.startsWith('#')) return null;
  let body = source;
  const negate = body.startsWith('!');
  if (negate) body = body.slice(1);
  const dirOnly = body.endsWith('/') && !body.endsWith('\\/');
  if (dirOnly) body = body.slice(0, -1);
  if (body === '') return null;
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  const regexBody = globToRegExpSource(body);
  const regex = new RegExp(anchored ? `^${regexBody}$` : `^(?:.*/)?${regexBody}$`);
  return { source, negate, dirOnly, regex };
}

function globToRegExpSource(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const end = i + 2;
      if (atStart && glob[end] === '/') {
        out += '(?:.*/)?'; // `**/`: zero or more folders
        i = end + 1;
        continue;
      }
      if (atStart && end === glob.length) {
        out += '.*'; // trailing `/**`: everything inside
        i = end;
        continue;
      }
      out += '[^/]*'; // any other `**` is an ordinary `*`
      i = end;
      continue;
    }
    if (char === '*') out += '[^/]*';
    else if (char === '?') out += '[^/]';
    else if (char === '[') {
      const bracket = readBracket(glob, i);
      if (bracket === null) out += '\\[';
      else {
        out += bracket.source;
        i = bracket.end;
        continue;
      }
    } else if (char === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[i + 1]!);
      i += 2;
      continue;
    } else out += escapeChar(char);
    i++;
  }
  return out;
}

/** A `[…]` class starting at `start`: `!` or `^` negates, `]` first is literal; never matches `/`. */
function readBracket(glob: string, start: number): { source: string; end: number } | null {
  let i = start + 1;
  let negated = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negated = true;
    i++;
  }
  let members = '';
  let first = true;
  while (i < glob.length && (glob[i] !== ']' || first)) {
    const char = glob[i]!;
    if (char === '\\' && i + 1 < glob.length) {
      members += `\\${glob[i + 1]!}`;
      i += 2;
    } else {
      members += char === '-' ? '-' : char.replace(/[\\\]^[]/, '\\$&');
      i++;
    }
    first = false;
  }
  if (i >= glob.length) return null;
  return { source: negated ? `[^/${members}]` : `(?!/)[${members}]`, end: i + 1 };
}

function escapeChar(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Git's verdict from one file's patterns: the last matching pattern decides. `undefined` when no
 * pattern matches, so that a parent folder's file may decide.
 */
export function lastMatch(patterns: readonly IgnorePattern[], relPath: string, isDir: boolean): IgnorePattern | undefined {
  for (let i = patterns.length - 1; i >= 0; i--) {
    const pattern = patterns[i]!;
    if (pattern.dirOnly && !isDir) continue;
    if (pattern.regex.test(relPath)) return pattern;
  }
  return undefined;
}
