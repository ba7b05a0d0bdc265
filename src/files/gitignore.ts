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
  /** Whether a path relative to the ignore file's folder, `/`-separated, matches. */
  matches: (path: string) => boolean;
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
  const steps = globSteps(body);
  // Unanchored, the pattern matches in any folder: zero or more folders first.
  const matcher = new StepMatcher(anchored ? steps : [{ kind: 'folders' }, ...steps]);
  return { source, negate, dirOnly, matches: (path) => matcher.matches(path) };
}

/**
 * What a pattern is made of, each step one piece of the path: a character (literal, `?` or a
 * `[…]` class, never `/`), `*` (any characters but `/`), `**\/` (zero or more folders) or a
 * trailing `/**` (everything inside).
 */
type Step =
  | { kind: 'char'; test: (char: string) => boolean }
  | { kind: 'star' }
  | { kind: 'folders' }
  | { kind: 'rest' };

function globSteps(glob: string): Step[] {
  const steps: Step[] = [];
  const literal = (char: string): Step => ({ kind: 'char', test: (other) => other === char });
  let i = 0;
  while (i < glob.length) {
    const char = glob[i]!;
    if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const end = i + 2;
      if (atStart && glob[end] === '/') {
        steps.push({ kind: 'folders' }); // `**/`: zero or more folders
        i = end + 1;
        continue;
      }
      if (atStart && end === glob.length) {
        steps.push({ kind: 'rest' }); // trailing `/**`: everything inside
        i = end;
        continue;
      }
      steps.push({ kind: 'star' }); // any other `**` is an ordinary `*`
      i = end;
      continue;
    }
    if (char === '*') steps.push({ kind: 'star' });
    else if (char === '?') steps.push({ kind: 'char', test: (other) => other !== '/' });
    else if (char === '[') {
      const bracket = readBracket(glob, i);
      if (bracket === null) steps.push(literal('['));
      else {
        steps.push({ kind: 'char', test: classTest(bracket.source) });
        i = bracket.end;
        continue;
      }
    } else if (char === '\\' && i + 1 < glob.length) {
      steps.push(literal(glob[i + 1]!));
      i += 2;
      continue;
    } else steps.push(literal(char));
    i++;
  }
  return steps;
}

/** What `.` does not match. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Runs a path through the steps once, every way of matching at the same time: time linear in the
 * path times the pattern. A backtracking RegExp tried every way in turn: `*a*a*a*a*a*a*b` against a
 * 200-character file name took it minutes.
 */
class StepMatcher {
  constructor(private readonly steps: readonly Step[]) {}

  /**
   * `before[i]`: the path so far matches the steps before step i. `within[i]`, for a `**\/` step:
   * the path so far ends inside the folders it spans (past its start, not yet past a `/`).
   */
  matches(path: string): boolean {
    const size = this.steps.length + 1;
    let before = new Uint8Array(size);
    let within = new Uint8Array(size);
    before[0] = 1;
    this.close(before);
    for (let at = 0; at < path.length; at++) {
      const char = path[at]!;
      const nextBefore = new Uint8Array(size);
      const nextWithin = new Uint8Array(size);
      let any = false;
      for (let index = 0; index < this.steps.length; index++) {
        if (before[index] !== 1 && within[index] !== 1) continue;
        any = true;
        const step = this.steps[index]!;
        if (step.kind === 'folders') {
          if (LINE_TERMINATOR.test(char)) continue;
          nextWithin[index] = 1;
          if (char === '/') nextBefore[index + 1] = 1;
        } else if (step.kind === 'char') {
          if (step.test(char)) nextBefore[index + 1] = 1;
        } else if (step.kind === 'star') {
          if (char !== '/') nextBefore[index] = 1;
        } else if (!LINE_TERMINATOR.test(char)) {
          nextBefore[index] = 1;
        }
      }
      if (!any) return false;
      before = this.close(nextBefore);
      within = nextWithin;
    }
    return before[this.steps.length] === 1;
  }

  /** Marks what the steps that may match nothing lead on to. */
  private close(before: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
    for (let index = 0; index < this.steps.length; index++) {
      if (before[index] === 1 && this.steps[index]!.kind !== 'char') before[index + 1] = 1;
    }
    return before;
  }
}

const classTests = new Map<string, (char: string) => boolean>();

/** The test of a `[…]` class's RegExp source, for one character. */
function classTest(source: string): (char: string) => boolean {
  let test = classTests.get(source);
  if (test === undefined) {
    const regex = new RegExp(`^${source}$`);
    test = (char) => regex.test(char);
    classTests.set(source, test);
  }
  return test;
}

/** A `[…]` class starting at `start`: `!` or `^` negates, `]` first is literal; never matches `/`. */
export function readBracket(glob: string, start: number): { source: string; end: number } | null {
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

/**
 * Git's verdict from one file's patterns: the last matching pattern decides. `undefined` when no
 * pattern matches, so that a parent folder's file may decide.
 */
export function lastMatch(patterns: readonly IgnorePattern[], relPath: string, isDir: boolean): IgnorePattern | undefined {
  for (let i = patterns.length - 1; i >= 0; i--) {
    const pattern = patterns[i]!;
    if (pattern.dirOnly && !isDir) continue;
    if (pattern.matches(relPath)) return pattern;
  }
  return undefined;
}
