/**
 * How config errors are worded: ConfigError, the key paths that locate a problem
 * (`documents[1].template`, `templates.rfc.sections."Step {n}"`), and "did you mean" for misspelt
 * keys, rule ids and section names.
 */

/**
 * A problem with the configuration or with the template a run was told to use. guidelint cannot
 * run (exit code 2); the message is one line naming the file, the key and what was expected.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Where a problem sits in the config: keys and array indexes from its top. */
export type KeyPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else {
      const key = PLAIN_KEY.test(segment) ? segment : JSON.stringify(segment);
      text += text === '' ? key : `.${key}`;
    }
  }
  return text;
}

/** `file: key.path: problem`, or `file: problem` when the problem concerns the whole file. */
export function locatedMessage(label: string, path: KeyPath, problem: string): string {
  return path.length === 0 ? `${label}: ${problem}` : `${label}: ${formatKeyPath(path)}: ${problem}`;
}

/** Edit distance counting an adjacent transposition as one edit (`documnets` → `documents`: 1). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The candidate closest to `word` (case-insensitive), if it is within a third of its length. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
