/**
 * How the cache file stores findings: compactly, since a warm run parses all of them. Each text is
 * stored once, in a table, and findings refer to it by index: documents written from one template
 * repeat the same messages and the same template text in their fixes (10,152 corpus documents: a
 * 56 MB cache as plain JSON, 18 MB with the table). And a finding is a row of its values after
 * the index of its key list (7 MB then), so that a replayed finding has the fresh one's keys in
 * the same order and prints the same.
 */
import type { Coverage, FieldCoverage } from '../lint/coverage.js';
import type { Finding, Fix, Suggestion } from '../lint/types.js';

/** `[keys, ...values]`: the index of the finding's key list (a text: keys joined by commas), then its values. */
export type StoredFinding = [number, ...unknown[]];

/** `[start, end, text]`. */
type StoredFix = [number, number, number];

/** `[description, start, end, text]`. */
type StoredSuggestion = [number, number, number, number];

/** Texts by index, and (once something is added) indices by text. */
export class TextTable {
  readonly texts: string[];
  private indices: Map<string, number> | undefined;

  constructor(texts: string[] = []) {
    this.texts = texts;
  }

  index(text: string): number {
    this.indices ??= new Map(this.texts.map((known, index) => [known, index]));
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.texts.push(text) - 1;
      this.indices.set(text, index);
    }
    return index;
  }

  /** The text at `index`; throws a `RangeError` for an index the table does not have (a corrupt file). */
  text(index: unknown): string {
    const text = typeof index === 'number' ? this.texts[index] : undefined;
    if (text === undefined) throw new RangeError(`no text ${String(index)} in the cache`);
    return text;
  }
}

export function storeFindings(findings: readonly Finding[], table: TextTable): StoredFinding[] {
  return findings.map((finding) => {
    // A key set to undefined is left out, as JSON (the report) leaves it out.
    const keys = (Object.keys(finding) as (keyof Finding)[]).filter((key) => finding[key] !== undefined);
    const row: StoredFinding = [table.index(keys.join(','))];
    for (const key of keys) row.push(storeValue(finding, key, table));
    return row;
  });
}

/** Throws (a `RangeError` or a `TypeError`) when the stored findings do not fit the table. */
export function readFindings(stored: readonly StoredFinding[], table: TextTable): Finding[] {
  const keyLists = new Map<number, string[]>();
  return stored.map((row) => {
    const keysIndex = row[0];
    let keys = keyLists.get(keysIndex);
    if (keys === undefined) {
      keys = table.text(keysIndex).split(',');
      keyLists.set(keysIndex, keys);
    }
    if (row.length !== keys.length + 1) throw new RangeError('a stored finding does not fit its keys');
    const finding: Record<string, unknown> = {};
    keys.forEach((key, position) => {
      finding[key] = readValue(key, row[position + 1], table);
    });
    return finding as unknown as Finding;
  });
}

function storeValue(finding: Finding, key: keyof Finding, table: TextTable): unknown {
  switch (key) {
    case 'message':
      return table.index(finding.message);
    case 'fix':
      return storeFix(finding.fix!, table);
    case 'suggestions':
      return finding.suggestions!.map(({ desc, fix }): StoredSuggestion => [table.index(desc), ...storeFix(fix, table)]);
    default:
      return finding[key];
  }
}

function readValue(key: string, value: unknown, table: TextTable): unknown {
  switch (key) {
    case 'message':
      return table.text(value);
    case 'fix':
      return readFix(value as StoredFix, table);
    case 'suggestions':
      return (value as StoredSuggestion[]).map(
        ([desc, ...fix]): Suggestion => ({ desc: table.text(desc), fix: readFix(fix, table) }),
      );
    default:
      return value;
  }
}

function storeFix({ range, text }: Fix, table: TextTable): StoredFix {
  return [range[0], range[1], table.index(text)];
}

function readFix([start, end, text]: StoredFix, table: TextTable): Fix {
  return { range: [start, end], text: table.text(text) };
}

/**
 * A result's coverage: `[sections, misplaced, fields]`, the first two `[id, line, …]` pairs, the
 * last `[key, line, value, …]` triples (value -1: none), ids, keys and values as text indices.
 */
export type StoredCoverage = [number[], number[], number[]];

export function storeCoverage({ sections, misplaced, fields }: Coverage, table: TextTable): StoredCoverage {
  const pairs = (lines: Record<string, number>): number[] => Object.entries(lines).flatMap(([id, line]) => [table.index(id), line]);
  const triples = Object.entries(fields).flatMap(([key, { line, value }]) => [table.index(key), line, value === undefined ? -1 : table.index(value)]);
  return [pairs(sections), pairs(misplaced), triples];
}

/** Throws (a `RangeError` or a `TypeError`) when the stored coverage does not fit the table. */
export function readCoverage(stored: StoredCoverage, table: TextTable): Coverage {
  const [sectionPairs, misplacedPairs, fieldTriples] = stored;
  const lines = (pairs: number[]): Record<string, number> => {
    const read: Record<string, number> = {};
    for (let at = 0; at < pairs.length; at += 2) read[table.text(pairs[at])] = pairs[at + 1]!;
    return read;
  };
  const fields: Record<string, FieldCoverage> = {};
  for (let at = 0; at < fieldTriples.length; at += 3) {
    const value = fieldTriples[at + 2]!;
    fields[table.text(fieldTriples[at])] = value === -1 ? { line: fieldTriples[at + 1]! } : { line: fieldTriples[at + 1]!, value: table.text(value) };
  }
  return { sections: lines(sectionPairs), misplaced: lines(misplacedPairs), fields };
}
