/**
 * Testing a schema pattern in time linear in the text: the pattern's regular-expression source is
 * read into a Thompson automaton and the text run through it once, every path at the same time.
 *
 * The template compiler writes a pattern from the template's text, a hole `.+` for each placeholder.
 * A backtracking RegExp tries every way of sharing the text between the holes: a heading of five
 * placeholders against a 150-word document heading took it half a minute, one more placeholder
 * hours. The automaton's cost is the text's length times the pattern's, whatever their shape.
 *
 * It reads the part of the regular-expression language the compiler writes (characters, escapes,
 * `.`, classes, `(?:…)` groups, `|`, the quantifiers `*`, `+`, `?` and `{n,m}`, `^` and `$` at the
 * ends); a source with anything else (a named group, a lookaround) is left to a RegExp. Whether a
 * character matches an atom (a letter, `\s`, `[^\p{L}\p{N}]`) is asked of a one-character RegExp
 * with the same flags, `iu`, so that case folding and Unicode classes answer exactly as before.
 */

/** Tests a whole text, as `RegExp.prototype.test` would. */
export type TextTest = (text: string) => boolean;

/** A one-character test: the atom's source, and whether a code point matches it. */
interface CharClass {
  matches(char: string, code: number): boolean;
}

type Node =
  | { kind: 'char'; atom: CharClass }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; item: Node; min: number; max: number };

/** More copies than this of a quantified group (`x{5000}`) and the source is left to a RegExp. */
const MOST_COPIES = 1_000;

/**
 * The linear test of a pattern source (flags `iu`), or null when the source uses what the reader
 * does not know: the caller then uses a RegExp, as for the compiler's series patterns, whose named
 * groups give a member's number.
 */
export function linearTest(source: string): TextTest | null {
  const parsed = new SourceReader(source).read();
  // `^a|b$` anchors only its first and last alternative: left to a RegExp.
  if (parsed === null || (parsed.node.kind === 'alt' && (parsed.anchoredStart || parsed.anchoredEnd))) return null;
  const automaton = Automaton.from(parsed.node);
  if (automaton === null) return null;
  const ending = parsed.anchoredEnd ? fixedEnding(parsed.node) : [];
  if (ending.length === 0) return (text) => automaton.test(text, parsed.anchoredStart, parsed.anchoredEnd);
  // Most texts a heading pattern meets (`...summary$`) differ from it in their last character.
  return (text) => endsWithAtoms(text, ending) && automaton.test(text, parsed.anchoredStart, parsed.anchoredEnd);
}

/**
 * Whether a character may end a text the pattern source matches (flags `iu`), when every match
 * ends with one fixed atom (`y` of `…summary$`); null when the source has no such ending (or is
 * one the reader leaves to a RegExp).
 */
export function lastCharacterTest(source: string): ((char: string, code: number) => boolean) | null {
  const parsed = new SourceReader(source).read();
  if (parsed === null || !parsed.anchoredEnd || (parsed.node.kind === 'alt' && parsed.anchoredStart)) return null;
  const last = fixedEnding(parsed.node)[0];
  return last === undefined ? null : (char, code) => last.matches(char, code);
}

/** At most this many characters of a pattern's fixed ending are compared before the automaton runs. */
const MOST_ENDING_ATOMS = 8;

/** The one-character atoms every match ends with (`y`, `r`, `a`… of `…summary$`), last first. */
function fixedEnding(node: Node): CharClass[] {
  const atoms: CharClass[] = [];
  const items = node.kind === 'seq' ? node.items : [node];
  for (let index = items.length - 1; index >= 0 && atoms.length < MOST_ENDING_ATOMS; index--) {
    const item = items[index]!;
    if (item.kind !== 'char') break;
    atoms.push(item.atom);
  }
  return atoms;
}

/** Whether the text's last characters (code points, read backwards) match the atoms, last first. */
function endsWithAtoms(text: string, atoms: readonly CharClass[]): boolean {
  let at = text.length;
  for (const atom of atoms) {
    if (at === 0) return false;
    let code = text.charCodeAt(at - 1);
    let width = 1;
    if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
      const high = text.charCodeAt(at - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        code = (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (!atom.matches(width === 1 ? text[at - 1]! : text.slice(at - 2, at), code)) return false;
    at -= width;
  }
  return true;
}

/** A recursive-descent reader of the subset; any construct outside it makes `read` give null. */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): { node: Node; anchoredStart: boolean; anchoredEnd: boolean } | null {
    const anchoredStart = this.source.startsWith('^');
    if (anchoredStart) this.at = 1;
    const node = this.alternatives();
    if (node === null) return null;
    let anchoredEnd = false;
    if (this.source[this.at] === '$') {
      anchoredEnd = true;
      this.at += 1;
    }
    return this.at === this.source.length ? { node, anchoredStart, anchoredEnd } : null;
  }

  private alternatives(): Node | null {
    const options: Node[] = [];
    for (;;) {
      const sequence = this.sequence();
      if (sequence === null) return null;
      options.push(sequence);
      if (this.source[this.at] !== '|') break;
      this.at += 1;
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node | null {
    const items: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // `$` ends the pattern only at its very end (read by `read`).
      if (this.source[this.at] === '$') {
        if (this.at === this.source.length - 1) break;
        return null;
      }
      const atom = this.atom();
      if (atom === null) return null;
      const quantified = this.quantifier(atom);
      if (quantified === null) return null;
      items.push(quantified);
    }
    return { kind: 'seq', items };
  }

  private atom(): Node | null {
    const start = this.at;
    const char = this.source[start]!;
    if (char === '(') {
      if (!this.source.startsWith('(?:', start)) return null;
      this.at += 3;
      const inner = this.alternatives();
      if (inner === null || this.source[this.at] !== ')') return null;
      this.at += 1;
      return inner;
    }
    if (char === '[') return this.charClass();
    if (char === '\\') return this.escape();
    if ('^*+?{}])|'.includes(char)) return null;
    // One code point, a surrogate pair included.
    const length = (this.source.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
    this.at += length;
    return { kind: 'char', atom: charClass(this.source.slice(start, this.at)) };
  }

  /** `[…]`, up to the first `]` not escaped (under the `u` flag a `[` inside is an ordinary character). */
  private charClass(): Node | null {
    const start = this.at;
    let at = start + 1;
    if (this.source[at] === '^') at += 1;
    while (at < this.source.length && this.source[at] !== ']') at += this.source[at] === '\\' ? 2 : 1;
    if (at >= this.source.length) return null;
    this.at = at + 1;
    return { kind: 'char', atom: charClass(this.source.slice(start, this.at)) };
  }

  /** `\d`, `\s`, `\w` and their negations, `\p{…}`, or an escaped punctuation character. */
  private escape(): Node | null {
    const start = this.at;
    const next = this.source[start + 1];
    if (next === undefined) return null;
    if (next === 'p' || next === 'P') {
      const close = this.source.indexOf('}', start);
      if (this.source[start + 2] !== '{' || close < 0) return null;
      this.at = close + 1;
    } else if ('dDsSwW'.includes(next) || /[\^$\\.*+?()[\]{}|/-]/u.test(next)) {
      this.at = start + 2;
    } else {
      return null;
    }
    return { kind: 'char', atom: charClass(this.source.slice(start, this.at)) };
  }

  private quantifier(item: Node): Node | null {
    const char = this.source[this.at];
    let min: number;
    let max: number;
    if (char === '*' || char === '+' || char === '?') {
      this.at += 1;
      [min, max] = char === '*' ? [0, Infinity] : char === '+' ? [1, Infinity] : [0, 1];
    } else if (char === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/u.exec(this.source.slice(this.at));
      if (bounds === null) return null;
      this.at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] === '' ? Infinity : Number(bounds[3]);
      if (max < min || Math.max(min, max === Infinity ? 0 : max) > MOST_COPIES) return null;
    } else {
      return item;
    }
    // A lazy quantifier matches the same texts; `test` asks only whether one matches.
    if (this.source[this.at] === '?') this.at += 1;
    return { kind: 'repeat', item, min, max };
  }
}

const charClasses = new Map<string, CharClass>();

/** The one-character test of an atom's source, shared by every pattern that writes the same atom. */
function charClass(source: string): CharClass {
  let found = charClasses.get(source);
  if (found === undefined) {
    found = new OneCharacter(source);
    charClasses.set(source, found);
  }
  return found;
}

/** An atom's answers for ASCII, worked out on first use, and for other characters as they come. */
class OneCharacter implements CharClass {
  private regex: RegExp | null = null;
  private ascii: Uint8Array | null = null;
  private readonly others = new Map<number, boolean>();

  constructor(private readonly source: string) {}

  matches(char: string, code: number): boolean {
    if (code < 128) {
      this.ascii ??= this.asciiTable();
      return this.ascii[code] === 1;
    }
    let answer = this.others.get(code);
    if (answer === undefined) {
      answer = this.compiled().test(char);
      if (this.others.size < 4_096) this.others.set(code, answer);
    }
    return answer;
  }

  private asciiTable(): Uint8Array {
    const regex = this.compiled();
    const table = new Uint8Array(128);
    for (let code = 0; code < 128; code++) table[code] = regex.test(String.fromCharCode(code)) ? 1 : 0;
    return table;
  }

  private compiled(): RegExp {
    this.regex ??= new RegExp(`^(?:${this.source})$`, 'iu');
    return this.regex;
  }
}

/** A state: consume one character matching `atom` and go to `next`, or (no atom) move on to `next` and `other` freely. */
interface State {
  atom: CharClass | null;
  next: number;
  /** A second free move: a split's other branch; -1 for none. */
  other: number;
}

const ACCEPT = -1;

/** Thompson's construction: each fragment has one entry and dangling exits patched to what follows. */
class Automaton {
  private readonly states: State[] = [];
  private start = ACCEPT;
  /** The generation each state was last added in: adds it once per step, with no clearing. */
  private seen = new Int32Array(0);
  private generation = 0;

  static from(node: Node): Automaton | null {
    const automaton = new Automaton();
    const fragment = automaton.build(node);
    if (fragment === null) return null;
    automaton.patch(fragment.exits, ACCEPT);
    automaton.start = fragment.entry;
    automaton.seen = new Int32Array(automaton.states.length);
    return automaton;
  }

  /** `exits`: state indexes with a dangling `next` (even) or `other` (odd), encoded as index * 2 + slot. */
  private build(node: Node): { entry: number; exits: number[] } | null {
    switch (node.kind) {
      case 'char': {
        const index = this.add({ atom: node.atom, next: ACCEPT, other: ACCEPT });
        return { entry: index, exits: [index * 2] };
      }
      case 'seq': {
        if (node.items.length === 0) return this.empty();
        let first: { entry: number; exits: number[] } | null = null;
        let exits: number[] = [];
        for (const item of node.items) {
          const fragment = this.build(item);
          if (fragment === null) return null;
          if (first === null) first = fragment;
          else this.patch(exits, fragment.entry);
          exits = fragment.exits;
        }
        return { entry: first!.entry, exits };
      }
      case 'alt': {
        const fragments = node.options.map((option) => this.build(option));
        if (fragments.some((fragment) => fragment === null)) return null;
        let entry = fragments.at(-1)!.entry;
        for (let i = fragments.length - 2; i >= 0; i--) entry = this.add({ atom: null, next: fragments[i]!.entry, other: entry });
        return { entry, exits: fragments.flatMap((fragment) => fragment!.exits) };
      }
      case 'repeat':
        return this.repeat(node.item, node.min, node.max);
    }
  }

  private repeat(item: Node, min: number, max: number): { entry: number; exits: number[] } | null {
    const parts: { entry: number; exits: number[] }[] = [];
    for (let i = 0; i < min; i++) {
      const fragment = this.build(item);
      if (fragment === null) return null;
      parts.push(fragment);
    }
    if (max === Infinity) {
      // A loop: a split into the item (whose exits come back to the split) or on.
      const body = this.build(item);
      if (body === null) return null;
      const split = this.add({ atom: null, next: body.entry, other: ACCEPT });
      this.patch(body.exits, split);
      parts.push({ entry: split, exits: [split * 2 + 1] });
    } else {
      for (let i = min; i < max; i++) {
        const body = this.build(item);
        if (body === null) return null;
        const split = this.add({ atom: null, next: body.entry, other: ACCEPT });
        parts.push({ entry: split, exits: [...body.exits, split * 2 + 1] });
      }
    }
    if (parts.length === 0) return this.empty();
    for (let i = 1; i < parts.length; i++) this.patch(parts[i - 1]!.exits, parts[i]!.entry);
    return { entry: parts[0]!.entry, exits: parts.at(-1)!.exits };
  }

  /** A fragment matching the empty text: a free move. */
  private empty(): { entry: number; exits: number[] } {
    const index = this.add({ atom: null, next: ACCEPT, other: -2 });
    return { entry: index, exits: [index * 2] };
  }

  private add(state: State): number {
    this.states.push(state);
    return this.states.length - 1;
  }

  private patch(exits: readonly number[], target: number): void {
    for (const exit of exits) {
      const state = this.states[exit >> 1]!;
      if ((exit & 1) === 0) state.next = target;
      else state.other = target;
    }
  }

  test(text: string, anchoredStart: boolean, anchoredEnd: boolean): boolean {
    let current: number[] = [];
    let accepted = this.addState(current, this.start, this.nextGeneration());
    if (accepted && !anchoredEnd) return true;
    for (let at = 0; at < text.length; ) {
      const code = text.codePointAt(at)!;
      const width = code > 0xffff ? 2 : 1;
      const char = width === 1 ? text[at]! : text.slice(at, at + 2);
      at += width;
      const generation = this.nextGeneration();
      const next: number[] = [];
      accepted = false;
      for (const index of current) {
        const state = this.states[index]!;
        if (state.atom!.matches(char, code) && this.addState(next, state.next, generation)) accepted = true;
      }
      // Unanchored at the start: a match may begin at every character.
      if (!anchoredStart && this.addState(next, this.start, generation)) accepted = true;
      if (accepted && !anchoredEnd) return true;
      if (next.length === 0 && anchoredStart) return accepted && at === text.length;
      current = next;
    }
    return accepted;
  }

  private nextGeneration(): number {
    this.generation += 1;
    if (this.generation === 0x7fffffff) {
      this.seen.fill(0);
      this.generation = 1;
    }
    return this.generation;
  }

  /** Adds the character-consuming states reachable from `index` by free moves; true when the end is reachable. */
  private addState(into: number[], index: number, generation: number): boolean {
    let accepted = false;
    const pending = [index];
    while (pending.length > 0) {
      const at = pending.pop()!;
      if (at === ACCEPT) {
        accepted = true;
        continue;
      }
      if (at < 0 || this.seen[at] === generation) continue;
      this.seen[at] = generation;
      const state = this.states[at]!;
      if (state.atom !== null) into.push(at);
      else pending.push(state.other, state.next);
    }
    return accepted;
  }
}
