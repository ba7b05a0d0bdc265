/**
 * Finding many literal texts in a line at once, case-insensitively, in time linear in the line and
 * the texts (Aho–Corasick): what a global RegExp `text1|text2|…` (flags `giu`, longest first) finds,
 * without its cost. That RegExp tries every text at every position of the line: a template of 20,000
 * placeholders against a document line holding them took it a minute and a half.
 *
 * Like the RegExp it finds the leftmost text, the longest one there, then looks on after it.
 * Characters compare by Unicode case folding, as the `i` and `u` flags do (`ſ` matches `s`).
 */

/** Where a text was found: UTF-16 offsets, end exclusive. */
export interface Found {
  start: number;
  end: number;
}

/** Code points are below this: an edge's key is its node times this plus its code point. */
const CODE_POINTS = 0x110000;
const ROOT = 0;

/**
 * The texts are searched for as written backwards, in the line read backwards: the longest text
 * *ending* at each place of the reversed line is the longest one *starting* there in the line, which
 * is what the RegExp's leftmost, longest-first choice needs.
 *
 * The trie is flat (numbered nodes, one map of edges): a template of 100,000 placeholders makes
 * nearly a million nodes, too many to give each its own map.
 */
export class LiteralSearch {
  /** From node and code point (see CODE_POINTS) to the child node. */
  private readonly edges = new Map<number, number>();
  /** Per node: its failure link (the node of its longest proper suffix in the trie). */
  private readonly fail: number[] = [0];
  /** Per node: the length, in code points, of the longest text ending there (its own or a suffix's); 0 for none. */
  private readonly longest: number[] = [0];
  /** Per node: its first child and next sibling (-1 for none), and the code point leading to it. */
  private readonly firstChild: number[] = [-1];
  private readonly nextSibling: number[] = [-1];
  private readonly code: number[] = [-1];

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      const folded = foldedCodePoints(text).codes;
      if (folded.length === 0) continue;
      let node = ROOT;
      for (let i = folded.length - 1; i >= 0; i--) node = this.childOrNew(node, folded[i]!);
      this.longest[node] = Math.max(this.longest[node]!, folded.length);
    }
    this.link();
  }

  private childOrNew(node: number, code: number): number {
    const key = node * CODE_POINTS + code;
    let child = this.edges.get(key);
    if (child === undefined) {
      child = this.fail.length;
      this.edges.set(key, child);
      this.fail.push(ROOT);
      this.longest.push(0);
      this.firstChild.push(-1);
      this.nextSibling.push(this.firstChild[node]!);
      this.code.push(code);
      this.firstChild[node] = child;
    }
    return child;
  }

  private child(node: number, code: number): number | undefined {
    return this.edges.get(node * CODE_POINTS + code);
  }

  /** Breadth first: each node's failure link, and its `longest` taking that of the node it fails to. */
  private link(): void {
    const queue: number[] = [];
    for (let child = this.firstChild[ROOT]!; child >= 0; child = this.nextSibling[child]!) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (let child = this.firstChild[node]!; child >= 0; child = this.nextSibling[child]!) {
        const code = this.code[child]!;
        let fail = this.fail[node]!;
        let target = this.child(fail, code);
        while (target === undefined && fail !== ROOT) {
          fail = this.fail[fail]!;
          target = this.child(fail, code);
        }
        this.fail[child] = target ?? ROOT;
        this.longest[child] = Math.max(this.longest[child]!, this.longest[this.fail[child]!]!);
        queue.push(child);
      }
    }
  }

  /** The texts found in `line`, left to right, not overlapping. */
  find(line: string): Found[] {
    const { codes, offsets } = foldedCodePoints(line);
    const longestAt = new Int32Array(codes.length);
    let node = ROOT;
    for (let i = codes.length - 1; i >= 0; i--) {
      const code = codes[i]!;
      let next = this.child(node, code);
      while (next === undefined && node !== ROOT) {
        node = this.fail[node]!;
        next = this.child(node, code);
      }
      node = next ?? ROOT;
      longestAt[i] = this.longest[node]!;
    }
    const found: Found[] = [];
    for (let i = 0; i < codes.length; ) {
      const length = longestAt[i]!;
      if (length === 0) {
        i += 1;
        continue;
      }
      found.push({ start: offsets[i]!, end: offsets[i + length]! });
      i += length;
    }
    return found;
  }
}

/** A text's code points, case-folded, with the UTF-16 offset of each (and of the end). */
function foldedCodePoints(text: string): { codes: number[]; offsets: number[] } {
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let at = 0; at < text.length; ) {
    const code = text.codePointAt(at)!;
    offsets.push(at);
    codes.push(fold(code));
    at += code > 0xffff ? 2 : 1;
  }
  offsets.push(text.length);
  return { codes, offsets };
}

const folds = new Map<number, number>();
/**
 * Where case mappings and folding part: the dotless `ı` has an ASCII upper case (`I`) but folds to
 * no other character; two Greek letters and a ligature fold to a twin that no case mapping reaches.
 */
const FOLD_EXCEPTIONS = new Map([
  [0x131, 0x131],
  [0x1fd3, 0x390],
  [0x1fe3, 0x3b0],
  [0xfb05, 0xfb06],
]);

/**
 * A code point's representative among those it matches case-insensitively: what lower-casing the
 * upper case of its lower case gives (`ſ`, `S` and `s` → `s`; `ς`, `Σ` and `σ` → `σ`; the Kelvin
 * sign → `k`), when that is one code point; its lower case, or itself, otherwise (`ß`, `İ`).
 * For every code point this agrees with the simple case folding the `iu` flags use (a test checks).
 */
export function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  let folded = FOLD_EXCEPTIONS.get(code) ?? folds.get(code);
  if (folded === undefined) {
    const lower = String.fromCodePoint(code).toLowerCase();
    const round = lower.toUpperCase().toLowerCase();
    folded = singleCodePoint(round) ?? singleCodePoint(lower) ?? code;
    folds.set(code, folded);
  }
  return folded;
}

function singleCodePoint(text: string): number | null {
  const code = text.codePointAt(0);
  if (code === undefined) return null;
  return text.length === (code > 0xffff ? 2 : 1) ? code : null;
}
