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

interface TrieNode {
  children: Map<number, TrieNode>;
  fail: TrieNode | null;
  /** The length, in code points, of the longest text ending at this node (its own or a shorter suffix's); 0 for none. */
  longest: number;
}

const newNode = (): TrieNode => ({ children: new Map(), fail: null, longest: 0 });

/**
 * The texts are searched for as written backwards, in the line read backwards: the longest text
 * *ending* at each place of the reversed line is the longest one *starting* there in the line, which
 * is what the RegExp's leftmost, longest-first choice needs.
 */
export class LiteralSearch {
  private readonly root = newNode();

  constructor(texts: readonly string[]) {
    for (const text of texts) {
      const folded = foldedCodePoints(text).codes;
      if (folded.length === 0) continue;
      let node = this.root;
      for (let i = folded.length - 1; i >= 0; i--) {
        const code = folded[i]!;
        let child = node.children.get(code);
        if (child === undefined) {
          child = newNode();
          node.children.set(code, child);
        }
        node = child;
      }
      node.longest = Math.max(node.longest, folded.length);
    }
    this.link();
  }

  /** Breadth first: each node's failure link is the longest proper suffix in the trie, and its `longest` takes that one's. */
  private link(): void {
    const queue: TrieNode[] = [];
    for (const child of this.root.children.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [code, child] of node.children) {
        let fail = node.fail;
        while (fail !== null && !fail.children.has(code)) fail = fail.fail;
        child.fail = fail === null ? this.root : fail.children.get(code)!;
        child.longest = Math.max(child.longest, child.fail.longest);
        queue.push(child);
      }
    }
  }

  /** The texts found in `line`, left to right, not overlapping. */
  find(line: string): Found[] {
    const { codes, offsets } = foldedCodePoints(line);
    const longestAt = new Int32Array(codes.length);
    let node = this.root;
    for (let i = codes.length - 1; i >= 0; i--) {
      const code = codes[i]!;
      let next = node.children.get(code);
      while (next === undefined && node !== this.root) {
        node = node.fail!;
        next = node.children.get(code);
      }
      node = next ?? this.root;
      longestAt[i] = node.longest;
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
